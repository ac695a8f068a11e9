package com.retention.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.InjectedFailure;
import com.retention.jobs.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four jobs on a generated operator: a run that fails mid-way and is restarted ends with the
 * same rows as an undisturbed run, and running every job again for the same date changes nothing.
 * The failure is real: a trigger makes the database refuse the n-th row written, after the first
 * chunk committed; in one range (partitions=1) and in two ranges side by side (partitions=2), where
 * the restart runs only the failed range again, from its last commit.
 */
class NightlyDecisionsRestartTest extends IntegrationTest {

    static final String D = "2026-11-23";
    static final Map<String, String> TABLE_OF_JOB = Map.of(
            "scoring", "churn_score", "offers", "offer", "dunning", "dunning_case", "outages", "outage_notice");
    static final List<String> PARTITIONED = List.of("scoring", "offers", "dunning");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 4_000);
    }

    @AfterEach
    void noTriggerLeftBehind() {
        TABLE_OF_JOB.values().forEach(table -> InjectedFailure.remove(jdbc, table));
    }

    /**
     * Partitioned, the trigger's row lies past every partition's first chunk (at most partitions x chunk
     * rows), so the failing partition has committed something to resume after; the other one completes.
     */
    @ParameterizedTest(name = "partitions={0}, chunk={1}, fail at row {2}")
    @CsvSource({"1, 1000, 1200", "2, 250, 700"})
    void aFailedRunRestartedFromItsLastCommitEqualsAnUndisturbedOne(int partitions, int chunk, int failAt) {
        String[] settings = {"--retention.batch.partitions=" + partitions, "--retention.batch.chunk-size=" + chunk};
        for (String job : List.of("scoring", "offers", "dunning", "outages")) {
            String table = TABLE_OF_JOB.get(job);
            InjectedFailure.atRow(jdbc, table, failAt);
            Cli.Result failed = run(job, settings);
            assertThat(failed.exitCode()).as(job + " should fail: " + failed.out()).isEqualTo(1);
            assertThat(failed.err()).contains("injected failure");
            int committed = count(table);
            assertThat(committed).as(job + " kept its committed chunks").isPositive();
            Map<String, Long> writtenByFailedSteps = failedStepWrites(job);
            InjectedFailure.remove(jdbc, table);

            Cli.Result restarted = run(job, settings);
            assertThat(restarted.exitCode()).as(restarted.err()).isZero();
            List<Map<String, Object>> resumed = lastExecutionSteps(job);
            List<Map<String, Object>> afterRestart = rows(table);

            jdbc.update("DELETE FROM " + table);
            assertThat(run(job, settings, "--rerun").exitCode()).isZero();
            if (PARTITIONED.contains(job)) {
                assertThat(resumed).as(job + ": only the failed partition runs again").hasSize(1);
            }
            for (Map<String, Object> step : resumed) {
                String name = (String) step.get("step_name");
                // Two partitions race: the failing one may not have committed a chunk yet, and then
                // it rightly reads its whole range again.
                if (writtenByFailedSteps.getOrDefault(name, 0L) > 0) {
                    assertThat((Long) step.get("read_count")).as(name + " resumed after its last commit")
                            .isLessThan(lastReadCount(name));
                } else {
                    assertThat((Long) step.get("read_count")).as(name + " had nothing committed: reads it all")
                            .isEqualTo(lastReadCount(name));
                }
            }
            assertThat(rows(table)).as(job).isEqualTo(afterRestart).hasSizeGreaterThan(failAt);
            assertThat(committed).as(job + " failed before the end").isLessThan(afterRestart.size());
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

    private static Cli.Result run(String job, String[] settings, String... more) {
        List<String> args = new ArrayList<>(List.of("run", job, "--date", D));
        args.addAll(List.of(settings));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The item steps of the job's last execution: its partitions, or its one chunk step. */
    private List<Map<String, Object>> lastExecutionSteps(String job) {
        return jdbc.queryForList("""
                SELECT step_name, read_count FROM batch_step_execution
                WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_step_execution)
                  AND step_name LIKE ?
                """, PARTITIONED.contains(job) ? job + "Partition:%" : job + "Step");
    }

    /** The steps of the latest execution that failed, with what each had committed. */
    private Map<String, Long> failedStepWrites(String job) {
        Map<String, Long> written = new java.util.HashMap<>();
        jdbc.queryForList("""
                SELECT step_name, write_count FROM batch_step_execution
                WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_step_execution)
                  AND status = 'FAILED' AND step_name LIKE ?
                """, PARTITIONED.contains(job) ? job + "Partition:%" : job + "Step")
                .forEach(row -> written.put((String) row.get("step_name"), ((Number) row.get("write_count")).longValue()));
        return written;
    }

    private long lastReadCount(String step) {
        return jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = ? "
                + "ORDER BY step_execution_id DESC LIMIT 1", Long.class, step);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    /**
     * Every column but the generated offer_id, which a delete-and-rerun renumbers (and partitions number
     * in the order their chunks commit): offers are ordered by their natural key instead.
     */
    private List<Map<String, Object>> rows(String table) {
        String order = table.equals("offer") ? "business_date, subscriber_id" : "1, 2, 3";
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + order);
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
