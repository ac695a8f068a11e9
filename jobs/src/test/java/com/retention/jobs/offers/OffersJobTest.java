package com.retention.jobs.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestOperator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offers job end to end, D = 2026-11-23; each technology is its own group of candidate tariffs. */
class OffersJobTest extends IntegrationTest {

    static final LocalDate D = LocalDate.parse("2026-11-23");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        TestOperator op = new TestOperator(jdbc);
        op.area("R", null);
        // MOBILE: 500 -> 450 saves exactly 50 and exactly 10 %: a SAVING offer
        op.flatTariff("M500", "ACTIVE", "500").flatTariff("M450", "ACTIVE", "450");
        op.subscriber("S01", "A01", "M500", "R", "B2C", D.minusYears(3));
        op.subscriber("S02", "A02", "M450", "R", "B2C", D.minusYears(3)); // nothing cheaper: no offer
        // ADSL: 1000 -> 901 saves 99 but only 9.9 %: no offer (the tariff is ACTIVE, so no upgrade)
        op.tariff("A1000", "ACTIVE", "ADSL", "1000", null, null, null, "0", "0", "0", 20)
                .tariff("A901", "ACTIVE", "ADSL", "901", null, null, null, "0", "0", "0", 20);
        op.subscriber("S03", "A03", "A1000", "R", "B2C", D.minusYears(3));
        // GPON: 400 -> 350.01 saves 12.5 % but 49.99: no offer; DOCSIS 400 -> 350 saves exactly 50: SAVING
        op.tariff("G400", "ACTIVE", "GPON", "400", null, null, null, "0", "0", "0", 100)
                .tariff("G350", "ACTIVE", "GPON", "350.01", null, null, null, "0", "0", "0", 100)
                .tariff("D400", "ACTIVE", "DOCSIS", "400", null, null, null, "0", "0", "0", 100)
                .tariff("D350", "ACTIVE", "DOCSIS", "350", null, null, null, "0", "0", "0", 100);
        op.subscriber("S04", "A04", "G400", "R", "B2C", D.minusYears(3));
        op.subscriber("S05", "A05", "D400", "R", "B2C", D.minusYears(3));
        // FTTB: legacy 100 Mbit/s for 600; 580 for 300 Mbit/s saves too little for SAVING but is an
        // UPGRADE; the cheaper 560 one is slower, so it is no upgrade
        op.tariff("F100L", "LEGACY", "FTTB", "600", null, null, null, "0", "0", "0", 100)
                .tariff("F300", "ACTIVE", "FTTB", "580", null, null, null, "0", "0", "0", 300)
                .tariff("F50", "ACTIVE", "FTTB", "560", null, null, null, "0", "0", "0", 50);
        op.subscriber("S06", "A06", "F100L", "R", "B2C", D.minusYears(3));
        // usage decides: 1000 minutes on a 300-minute tariff at 1/min costs 400 + 700; the 0.1/min one 600 + 70
        op.tariff("U400", "ACTIVE", "TV", "400", "300", null, null, "1", "0", "0", null)
                .tariff("U600", "ACTIVE", "TV", "600", "300", null, null, "0.1", "0", "0", null);
        op.subscriber("S07", "A07", "U400", "R", "B2C", D.minusYears(3));
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            op.usage("S07", month, "1100", "1000", "0", "0");
        }
        op.usage("S07", "2026-07", "400", "0", "0", "0"); // before the three months: ignored
        // cool-downs on the M500 -> M450 saving
        for (String s : List.of("S08", "S09", "S10", "S11", "S12")) {
            op.subscriber(s, "A" + s, "M500", "R", "B2C", D.minusYears(3));
        }
        pastOffer("S08", D.minusDays(10), "OPEN", null);               // still open: no new offer
        pastOffer("S09", D.minusDays(40), "OPEN", null);               // open but expired: offer again
        pastOffer("S10", D.minusDays(100), "ACCEPTED", D.minusDays(89)); // accepted 89 days ago: not yet
        pastOffer("S11", D.minusDays(40), "DECLINED", D.minusDays(30));  // declined 30 days ago: again
        pastOffer("S12", D.minusDays(40), "DECLINED", D.minusDays(29));  // declined 29 days ago: not yet
        // asked to leave: an open offer and a decline do not hold the save desk's offer back, an acceptance does
        for (String s : List.of("S13", "S14", "S15")) {
            op.subscriber(s, "A" + s, "M500", "R", "B2C", D.minusYears(3))
                    .ticket("R" + s, s, java.time.Instant.parse("2026-11-20T09:00:00Z"), "TERMINATION_REQUEST");
        }
        pastOffer("S13", D.minusDays(10), "OPEN", null);
        pastOffer("S14", D.minusDays(40), "DECLINED", D.minusDays(29));
        pastOffer("S15", D.minusDays(100), "ACCEPTED", D.minusDays(89));
        op.score("2026-11-23", "S01", 45, "MEDIUM");
        jdbc.update("UPDATE churn_score SET reasons = 'LEGACY_TARIFF;COMPLAINTS' WHERE subscriber_id = 'S01'");
    }

    @Test
    void offersFollowTheThresholdsTheUpgradeRuleAndTheCooldowns() {
        Cli.Result result = Cli.run("run", "offers", "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(offers()).containsExactly(
                "S01 M500>M450 SAVING 500.00 450.00 50.00 45 MEDIUM LEGACY_TARIFF;COMPLAINTS 2026-12-22 OPEN false",
                "S05 D400>D350 SAVING 400.00 350.00 50.00 null null  2026-12-22 OPEN false",
                "S06 F100L>F300 UPGRADE 600.00 580.00 20.00 null null  2026-12-22 OPEN false",
                "S07 U400>U600 SAVING 1100.00 670.00 430.00 null null  2026-12-22 OPEN false",
                "S09 M500>M450 SAVING 500.00 450.00 50.00 null null  2026-12-22 OPEN false",
                "S11 M500>M450 SAVING 500.00 450.00 50.00 null null  2026-12-22 OPEN false",
                "S13 M500>M450 SAVING 500.00 450.00 50.00 null null  2026-12-22 OPEN false",
                "S14 M500>M450 SAVING 500.00 450.00 50.00 null null  2026-12-22 OPEN false");
    }

    @Test
    void aRerunChangesNothingAndTheExportListsEveryOffer(@TempDir Path out) throws Exception {
        assertThat(Cli.run("run", "offers", "--date", "2026-11-23").exitCode()).isZero();
        List<Map<String, Object>> first = jdbc.queryForList("SELECT * FROM offer ORDER BY subscriber_id, business_date");

        assertThat(Cli.run("run", "offers", "--date", "2026-11-23", "--rerun").exitCode()).isZero();
        assertThat(jdbc.queryForList("SELECT * FROM offer ORDER BY subscriber_id, business_date")).isEqualTo(first);

        Cli.Result export = Cli.run("export", "offers", "--date", "2026-11-23", "--out", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("exports/2026-11-23/offers.csv"));
        assertThat(lines.get(0)).isEqualTo("subscriber_id,campaign,current_tariff,offer_tariff,offer_type,"
                + "current_cost,offer_cost,monthly_saving,churn_score,churn_band,reasons,control,status");
        assertThat(lines.get(1)).isEqualTo(
                "S01,RETENTION,M500,M450,SAVING,500.00,450.00,50.00,45,MEDIUM,LEGACY_TARIFF;COMPLAINTS,N,OPEN");
        assertThat(lines).hasSize(1 + 8);
        try (var files = Files.list(out.resolve("exports/2026-11-23"))) {
            assertThat(files).containsExactly(out.resolve("exports/2026-11-23/offers.csv")); // no temp file left
        }
    }

    private void pastOffer(String subscriber, LocalDate madeOn, String status, LocalDate decidedOn) {
        jdbc.update("""
                INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type,
                    current_cost, offer_cost, monthly_saving, status, valid_until, decided_at)
                VALUES (?, ?, 'M500', 'M450', 'SAVING', 500, 450, 50, ?, ?, (?::date + time '12:00') AT TIME ZONE 'Europe/Moscow')
                """, madeOn, subscriber, status, madeOn.plusDays(29), decidedOn);
    }

    private List<String> offers() {
        return jdbc.query("""
                SELECT * FROM offer WHERE business_date = DATE '2026-11-23' ORDER BY subscriber_id
                """, (rs, n) -> String.join(" ", rs.getString("subscriber_id"),
                rs.getString("current_tariff") + ">" + rs.getString("offer_tariff"), rs.getString("offer_type"),
                rs.getString("current_cost"), rs.getString("offer_cost"), rs.getString("monthly_saving"),
                String.valueOf(rs.getObject("churn_score")), String.valueOf(rs.getString("churn_band")),
                rs.getString("reasons"), rs.getString("valid_until"), rs.getString("status"),
                rs.getString("control")).replace(" t", " true").replace(" f", " false"));
    }
}
