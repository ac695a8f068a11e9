package com.retention.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.scoring.BatchMetadata;
import com.retention.jobs.scoring.GeneratedOperator;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four jobs on a generated operator: a run that fails mid-way and is restarted ends with the
 * same rows as an undisturbed run, and running every job again for the same date changes nothing.
 * The failure is real: a trigger makes the database refuse the 1 200th row written, after the first
 * chunk of 1 000 committed.
 */
class NightlyDecisionsRestartTest extends IntegrationTest {

    static final String D = "2026-11-23";
    static final Map<String, String> TABLE_OF_JOB = Map.of(
            "scoring", "churn_score", "offers", "offer", "dunning", "dunning_case", "outages", "outage_notice");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 4_000);
    }

    @AfterEach
    void noTriggerLeftBehind() {
        TABLE_OF_JOB.values().forEach(table -> jdbc.execute("DROP TRIGGER IF EXISTS fail_at_row ON " + table));
    }

    @Test
    void aFailedRunRestartedFromItsLastCommitEqualsAnUndisturbedOne() {
        for (String job : List.of("scoring", "offers", "dunning", "outages")) {
            String table = TABLE_OF_JOB.get(job);
            failAtRow(table, 1_200);
            Cli.Result failed = Cli.run("run", job, "--date", D);
            assertThat(failed.exitCode()).as(job + " should fail: " + failed.out()).isEqualTo(1);
            assertThat(failed.err()).contains("injected failure");
            assertThat(count(table)).as(job + " kept its committed chunk").isBetween(1, 1_199);
            jdbc.execute("DROP TRIGGER fail_at_row ON " + table);

            Cli.Result restarted = Cli.run("run", job, "--date", D);
            assertThat(restarted.exitCode()).as(restarted.err()).isZero();
            long resumedReads = lastReadCount(job + "Step");
            List<Map<String, Object>> afterRestart = rows(table);

            jdbc.update("DELETE FROM " + table);
            assertThat(Cli.run("run", job, "--date", D, "--rerun").exitCode()).isZero();
            assertThat(resumedReads).as(job + " resumed after the commit").isLessThan(lastReadCount(job + "Step"));
            assertThat(rows(table)).as(job).isEqualTo(afterRestart).hasSizeGreaterThan(1_200);
        }
    }

    @Test
    void theFourJobsRunTwiceForTheSameDateLeaveIdenticalTables() {
        for (String job : List.of("scoring", "offers", "dunning", "outages")) {
            assertThat(Cli.run("run", job, "--date", D).exitCode()).as(job).isZero();
        }
        Map<String, List<Map<String, Object>>> first = snapshot();

        for (String job : List.of("scoring", "offers", "dunning", "outages")) {
            assertThat(Cli.run("run", job, "--date", D, "--rerun").exitCode()).as(job).isZero();
        }

        assertThat(snapshot()).isEqualTo(first);
        first.forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
    }

    /** A real database failure: the n-th row inserted into the table from now on is refused. */
    private void failAtRow(String table, int n) {
        jdbc.execute("DROP SEQUENCE IF EXISTS fail_counter");
        jdbc.execute("CREATE SEQUENCE fail_counter");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION fail_at_row() RETURNS trigger AS $$
                BEGIN
                    IF nextval('fail_counter') = %d THEN
                        RAISE EXCEPTION 'injected failure at row %%', NEW.subscriber_id;
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql
                """.formatted(n));
        jdbc.execute("CREATE TRIGGER fail_at_row BEFORE INSERT ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION fail_at_row()");
    }

    private long lastReadCount(String step) {
        return jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = ? "
                + "ORDER BY step_execution_id DESC LIMIT 1", Long.class, step);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    /** Every column but the generated offer_id, which a delete-and-rerun renumbers. */
    private List<Map<String, Object>> rows(String table) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2, 3");
        rows.forEach(row -> row.remove("offer_id"));
        return rows;
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of(
                "churn_score", jdbc.queryForList("SELECT * FROM churn_score ORDER BY subscriber_id"),
                "offer", jdbc.queryForList("SELECT * FROM offer ORDER BY subscriber_id, business_date"),
                "dunning_case", jdbc.queryForList("SELECT * FROM dunning_case ORDER BY account_id"),
                "outage_notice", jdbc.queryForList("SELECT * FROM outage_notice ORDER BY 1, 2, 3"));
    }
}
