package com.retention.jobs.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestOperator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring job end to end on a hand-built operator, D = 2026-11-23 (Moscow, UTC+3). */
class ScoringJobTest extends IntegrationTest {

    /** D 00:00 in Moscow: the reference time and the end of the data the run sees. */
    static final Instant D_MIDNIGHT = Instant.parse("2026-11-22T21:00:00Z");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        TestOperator op = new TestOperator(jdbc);
        op.flatTariff("LEG", "LEGACY", "500").flatTariff("CUR", "ACTIVE", "400")
                .area("R", null).area("C", "R").area("B", "C").area("X", null);
        // S1: legacy tariff, and the current one would save 20 % (>= 15 %): LEGACY_TARIFF + OVERPAYING
        op.subscriber("S1", "A1", "LEG", "X", "B2C", LocalDate.parse("2020-01-01"));
        // S2: exactly 40 % usage drop, a COMPLAINT the last evening before D, activated under six months ago
        op.subscriber("S2", "A2", "CUR", "X", "B2C", LocalDate.parse("2026-06-01"))
                .usage("S2", "2026-07", "1000", "0", "0", "0").usage("S2", "2026-08", "1000", "0", "0", "0")
                .usage("S2", "2026-09", "1000", "0", "0", "0").usage("S2", "2026-10", "600", "0", "0", "0")
                .ticket("T1", "S2", D_MIDNIGHT.minusSeconds(60), "COMPLAINT");
        // S3: an outage of exactly 4 h on the city above S3's building; a payment exactly 15 days late
        op.subscriber("S3", "A3", "CUR", "B", "B2C", LocalDate.parse("2020-01-01"))
                .outage("O1", "C", "UNPLANNED", Instant.parse("2026-10-01T10:00:00Z"), null,
                        Instant.parse("2026-10-01T14:00:00Z"))
                .invoice("I3", "A3", "2026-09-20", "2026-10-01", "300").payment("P3", "A3", "2026-10-16", "300");
        // S4 (like S1, S2, S6 in area X): 3 h 59 min of outage, one ordinary ticket, a complaint opened at D 00:00
        // (too late to count), 50 overdue that a payment on D does not clear as of D-1
        op.subscriber("S4", "A4", "CUR", "X", "B2C", LocalDate.parse("2020-01-01"))
                .outage("O2", "X", "UNPLANNED", Instant.parse("2026-10-01T10:00:00Z"), null,
                        Instant.parse("2026-10-01T13:59:00Z"))
                .ticket("T2", "S4", Instant.parse("2026-11-01T10:00:00Z"), "BILLING")
                .ticket("T3", "S4", D_MIDNIGHT, "COMPLAINT")
                .invoice("I4", "A4", "2026-10-20", "2026-11-01", "50").payment("P4", "A4", "2026-11-23", "50");
        // S5: terminated, not scored
        op.subscriber("S5", "A5", "CUR", "X", "B2C", LocalDate.parse("2020-01-01")).status("S5", "TERMINATED");
        // S6: legacy, overpaying, complaint and short tenure: 15 + 20 + 15 + 10 = 60 = HIGH exactly
        op.subscriber("S6", "A6", "LEG", "X", "B2C", LocalDate.parse("2026-09-01"))
                .ticket("T4", "S6", Instant.parse("2026-09-01T10:00:00Z"), "COMPLAINT");
        // S7: a termination request opened before the lookback and still open: TERMINATION_REQUEST alone is HIGH
        op.subscriber("S7", "A7", "CUR", "X", "B2C", LocalDate.parse("2020-01-01"))
                .ticket("T5", "S7", Instant.parse("2026-08-01T10:00:00Z"), "TERMINATION_REQUEST");
        // S8: a port-out closed before D 00:00, and one opened at D 00:00 (too late): no signal
        op.subscriber("S8", "A8", "CUR", "X", "B2C", LocalDate.parse("2020-01-01"))
                .ticket("T6", "S8", Instant.parse("2026-11-10T10:00:00Z"), "PORT_OUT")
                .ticket("T7", "S8", D_MIDNIGHT, "PORT_OUT");
        jdbc.update("UPDATE ticket SET closed_at = ? WHERE ticket_id = 'T6'",
                java.time.OffsetDateTime.parse("2026-11-22T20:59:59Z"));
    }

    @Test
    void everyActiveSubscriberGetsScoreBandAndReasons() {
        Cli.Result result = Cli.run("run", "scoring", "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(scores()).containsExactly(
                Map.of("subscriber_id", "S1", "score", 35, "band", "MEDIUM", "reasons", "LEGACY_TARIFF;OVERPAYING"),
                Map.of("subscriber_id", "S2", "score", 45, "band", "MEDIUM",
                        "reasons", "USAGE_DROP;COMPLAINTS;SHORT_TENURE"),
                Map.of("subscriber_id", "S3", "score", 20, "band", "LOW", "reasons", "OUTAGE_HIT;LATE_PAYER"),
                Map.of("subscriber_id", "S4", "score", 10, "band", "LOW", "reasons", "LATE_PAYER"),
                Map.of("subscriber_id", "S6", "score", 60, "band", "HIGH",
                        "reasons", "LEGACY_TARIFF;OVERPAYING;COMPLAINTS;SHORT_TENURE"),
                Map.of("subscriber_id", "S7", "score", 60, "band", "HIGH", "reasons", "TERMINATION_REQUEST"),
                Map.of("subscriber_id", "S8", "score", 0, "band", "LOW", "reasons", ""));
    }

    @Test
    void theScoresAreAnalyzedForTheNextJobsPlans() {
        jdbc.execute("ANALYZE churn_score"); // empty: the planner now believes it has no rows

        assertThat(Cli.run("run", "scoring", "--date", "2026-11-23").exitCode()).isZero();

        assertThat(jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE relname = 'churn_score'", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM churn_score", Long.class))
                .isPositive();
    }

    @Test
    void runningTheSameDateAgainLeavesTheSameRows() {
        assertThat(Cli.run("run", "scoring", "--date", "2026-11-23").exitCode()).isZero();
        List<Map<String, Object>> first = scores();

        Cli.Result again = Cli.run("run", "scoring", "--date", "2026-11-23", "--rerun");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(scores()).isEqualTo(first).hasSize(7);
    }

    @Test
    void theScoresExportListsEveryScoredSubscriber(@TempDir Path out) throws Exception {
        assertThat(Cli.run("run", "scoring", "--date", "2026-11-23").exitCode()).isZero();

        Cli.Result export = Cli.run("export", "scores", "--date", "2026-11-23", "--out", out.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("exports/2026-11-23/scores.csv"))).containsExactly(
                "subscriber_id,churn_score,churn_band,reasons,model",
                "S1,35,MEDIUM,LEGACY_TARIFF;OVERPAYING,rule",
                "S2,45,MEDIUM,USAGE_DROP;COMPLAINTS;SHORT_TENURE,rule",
                "S3,20,LOW,OUTAGE_HIT;LATE_PAYER,rule",
                "S4,10,LOW,LATE_PAYER,rule",
                "S6,60,HIGH,LEGACY_TARIFF;OVERPAYING;COMPLAINTS;SHORT_TENURE,rule",
                "S7,60,HIGH,TERMINATION_REQUEST,rule",
                "S8,0,LOW,,rule");
    }

    private List<Map<String, Object>> scores() {
        return jdbc.queryForList("SELECT subscriber_id, score::int AS score, band, reasons FROM churn_score "
                + "WHERE business_date = DATE '2026-11-23' ORDER BY subscriber_id");
    }
}
