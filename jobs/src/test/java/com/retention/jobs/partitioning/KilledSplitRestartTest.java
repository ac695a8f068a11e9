package com.retention.jobs.partitioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run that dies while its manager creates the ranges' executions (found by a SIGKILL in the
 * black-box night): the database refuses to store the second range's bounds, as a kill at that
 * moment leaves them unstored. The run after it gives the rows of an undisturbed run, whether the
 * run was left as the failure leaves it or as a SIGKILL does (running, for the next command to
 * recover). With Spring Batch's splitter the second range ran over every account, into the rows of
 * the first (a duplicate key), and after the failure the job counted as running ({@link RangeSplitter}).
 */
class KilledSplitRestartTest extends IntegrationTest {

    static final String D = "2026-11-23";

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 4_000);
    }

    @AfterEach
    void noTriggerLeftBehind() {
        jdbc.execute("DROP TRIGGER IF EXISTS die_storing_ranges ON batch_step_execution_context");
        jdbc.execute("DROP FUNCTION IF EXISTS die_storing_ranges()");
        dropLastAccountFailure();
    }

    private void dropLastAccountFailure() {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_last_account ON dunning_case");
        jdbc.execute("DROP FUNCTION IF EXISTS fail_last_account()");
    }

    @ParameterizedTest(name = "killed={0}")
    @ValueSource(booleans = {false, true})
    void aDeathWhileTheRangesAreCreatedLeavesARestartThatGivesTheUndisturbedRows(boolean killed) {
        assertThat(run("--rerun").exitCode()).isZero();
        List<Map<String, Object>> undisturbed = cases();
        assertThat(undisturbed).hasSizeGreaterThan(250);
        jdbc.update("DELETE FROM dunning_case");
        BatchMetadata.forget(jdbc);
        dieStoringTheRangeOf("dunningPartition:partition1");

        Cli.Result died = run();

        assertThat(died.exitCode()).as(died.out()).isEqualTo(1);
        assertThat(died.err()).contains("died while storing the ranges");
        assertThat(jdbc.queryForList("SELECT status FROM batch_step_execution WHERE step_name LIKE 'dunningPartition:%'",
                String.class)).as("both ranges created, neither ran").containsExactly("FAILED", "FAILED");
        if (killed) {
            jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL"
                    + " WHERE step_name IN ('dunningStep', 'dunningPartition:partition0')");
            jdbc.update("UPDATE batch_step_execution SET status = 'STARTING', end_time = NULL"
                    + " WHERE step_name = 'dunningPartition:partition1'");
            jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL, exit_code = 'UNKNOWN'");
        }
        noTriggerLeftBehind();

        Cli.Result again = run();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(cases()).isEqualTo(undisturbed);
    }

    /**
     * A restart that dies while it creates the executions of the ranges left to do: the new execution
     * of the range has no context stored, and the run after it resumes that range after its last
     * commit (from the execution before), not from its first account into the rows it wrote already.
     */
    @Test
    void aRestartThatDiesWhileCreatingTheRangesIsFollowedByOneThatResumesThem() {
        assertThat(run("--rerun").exitCode()).isZero();
        List<Map<String, Object>> undisturbed = cases();
        jdbc.update("DELETE FROM dunning_case");
        BatchMetadata.forget(jdbc);
        // The last account with a case lies at the end of the upper range: that range fails in its last
        // chunk, with its earlier chunks committed, whichever range runs faster.
        String lastAccount = (String) undisturbed.get(undisturbed.size() - 1).get("account_id");
        jdbc.execute("""
                CREATE FUNCTION fail_last_account() RETURNS trigger AS $$
                BEGIN
                    IF NEW.account_id = '%s' THEN RAISE EXCEPTION 'injected failure at account %%', NEW.account_id; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(lastAccount));
        jdbc.execute("CREATE TRIGGER fail_last_account BEFORE INSERT ON dunning_case FOR EACH ROW"
                + " EXECUTE FUNCTION fail_last_account()");
        assertThat(run().exitCode()).isEqualTo(1);
        dropLastAccountFailure();
        String failedRange = jdbc.queryForObject("SELECT step_name FROM batch_step_execution"
                + " WHERE status = 'FAILED' AND step_name LIKE 'dunningPartition:%'", String.class);
        assertThat(jdbc.queryForObject("SELECT write_count FROM batch_step_execution WHERE step_name = ?", Long.class,
                failedRange)).as("the failed range committed chunks to resume after").isPositive();
        dieStoringTheRangeOf(failedRange);

        Cli.Result died = run();

        assertThat(died.err()).contains("died while storing the ranges");
        noTriggerLeftBehind();
        Cli.Result again = run();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(cases()).isEqualTo(undisturbed);
        assertThat(jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = ?"
                + " ORDER BY step_execution_id DESC LIMIT 1", Long.class, failedRange))
                .as("resumed after its last commit").isLessThan(jdbc.queryForObject(
                        "SELECT count(*) FROM dunning_case", Long.class));
    }

    private void dieStoringTheRangeOf(String range) {
        jdbc.execute("""
                CREATE FUNCTION die_storing_ranges() RETURNS trigger AS $$
                BEGIN
                    IF (SELECT step_name FROM batch_step_execution WHERE step_execution_id = NEW.step_execution_id)
                            = '%s' THEN
                        RAISE EXCEPTION 'died while storing the ranges';
                    END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(range));
        jdbc.execute("CREATE TRIGGER die_storing_ranges BEFORE UPDATE ON batch_step_execution_context"
                + " FOR EACH ROW EXECUTE FUNCTION die_storing_ranges()");
    }

    private static Cli.Result run(String... more) {
        List<String> args = new ArrayList<>(List.of("run", "dunning", "--date", D,
                "--retention.batch.partitions=2", "--retention.batch.chunk-size=100"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<Map<String, Object>> cases() {
        return jdbc.queryForList("SELECT * FROM dunning_case ORDER BY account_id");
    }
}
