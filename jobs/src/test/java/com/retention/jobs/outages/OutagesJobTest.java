package com.retention.jobs.outages;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestOperator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outages job end to end. D = 2026-11-23, T = D 00:00 Moscow = 2026-11-22T21:00Z.
 * Areas: city C with buildings B1, B2; X elsewhere.
 */
class OutagesJobTest extends IntegrationTest {

    static final Instant T = Instant.parse("2026-11-22T21:00:00Z");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        TestOperator op = new TestOperator(jdbc);
        op.flatTariff("T", "ACTIVE", "300").area("R", null).area("C", "R").area("B1", "C").area("B2", "C")
                .area("X", "R");
        LocalDate since = LocalDate.parse("2020-01-01");
        op.subscriber("S1", "A1", "T", "B1", "B2C", since)
                .subscriber("S2", "A2", "T", "B2", "B2B", since)
                .subscriber("S3", "A3", "T", "X", "B2C", since)
                .subscriber("S5", "A5", "T", "B1", "B2C", since).status("S5", "TERMINATED")
                .subscriber("S6", "A6", "T", "B2", "B2C", since);
        op.score("2026-11-23", "S2", 70, "HIGH").score("2026-11-23", "S6", 40, "MEDIUM");
        // planned works on the city 47 hours ahead (covers both buildings), on X 49 hours ahead
        op.outage("P47", "C", "PLANNED", T.plus(Duration.ofHours(47)), T.plus(Duration.ofHours(50)), null)
                .outage("P49", "X", "PLANNED", T.plus(Duration.ofHours(49)), T.plus(Duration.ofHours(52)), null);
        // unplanned and still open: 31 minutes on B1, 29 minutes on X
        op.outage("U31", "B1", "UNPLANNED", T.minus(Duration.ofMinutes(31)), null, null)
                .outage("U29", "X", "UNPLANNED", T.minus(Duration.ofMinutes(29)), null, null);
        // closed on B2 after 28 hours: apology for HIGH only; S6 had the incident notice, so is told it is over
        op.outage("L28", "B2", "UNPLANNED", T.minus(Duration.ofHours(30)), null, T.minus(Duration.ofHours(2)));
        jdbc.update("INSERT INTO outage_notice VALUES ('L28', 'S6', 'INCIDENT', DATE '2026-11-22', ?)",
                java.sql.Timestamp.from(T.minus(Duration.ofHours(29))));
        // closed on B2 after exactly 24 hours: no apology (more than 24 hours is needed)
        op.outage("E24", "B2", "UNPLANNED", T.minus(Duration.ofHours(26)), null, T.minus(Duration.ofHours(2)));
    }

    @Test
    void noticesAtTheNightlyReferenceTime() {
        Cli.Result result = Cli.run("run", "outages", "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(notices()).containsExactly(
                "L28 S2 APOLOGY 2026-11-23 " + T,
                "L28 S6 INCIDENT 2026-11-22 " + T.minus(Duration.ofHours(29)),
                "L28 S6 RESTORED 2026-11-23 " + T,
                "P47 S1 PRE_NOTICE 2026-11-23 " + T,
                "P47 S2 PRE_NOTICE 2026-11-23 " + T,
                "P47 S6 PRE_NOTICE 2026-11-23 " + T,
                "U31 S1 INCIDENT 2026-11-23 " + T);
    }

    @Test
    void anIntradayRunAddsWhatBecameDueAndEachKindStaysOnce() {
        assertThat(Cli.run("run", "outages", "--date", "2026-11-23").exitCode()).isZero();
        List<String> nightly = notices();

        // two minutes later U29 has been open 31 minutes; nothing else is due a second time
        Cli.Result intraday = Cli.run("run", "outages", "--date", "2026-11-23", "--at", "2026-11-23T00:02:00+03:00");
        assertThat(intraday.exitCode()).as(intraday.err()).isZero();
        List<String> afterIntraday = notices();
        assertThat(afterIntraday).containsAll(nightly)
                .contains("U29 S3 INCIDENT 2026-11-23 " + T.plus(Duration.ofMinutes(2)))
                .hasSize(nightly.size() + 1);

        assertThat(Cli.run("run", "outages", "--date", "2026-11-23", "--rerun").exitCode()).isZero();
        assertThat(Cli.run("run", "outages", "--date", "2026-11-23", "--at", "2026-11-23T00:02:00+03:00", "--rerun")
                .exitCode()).isZero();
        assertThat(notices()).isEqualTo(afterIntraday);
        List<Map<String, Object>> perKind = jdbc.queryForList("""
                SELECT outage_id, subscriber_id, kind, count(*) FROM outage_notice
                GROUP BY 1, 2, 3 HAVING count(*) > 1
                """);
        assertThat(perKind).isEmpty();
    }

    private List<String> notices() {
        return jdbc.query("SELECT * FROM outage_notice ORDER BY outage_id, subscriber_id, kind",
                (rs, n) -> String.join(" ", rs.getString("outage_id"), rs.getString("subscriber_id"),
                        rs.getString("kind"), rs.getString("business_date"),
                        rs.getTimestamp("decided_at").toInstant().toString()));
    }
}
