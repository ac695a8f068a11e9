package com.retention.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.InjectedFailure;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night restarted after its process died between its job's commit and the night's record of that
 * step (after recovery: the job COMPLETED, the night's step FAILED) goes on without running the job
 * again; before, the restart failed with "A job instance already exists and is complete".
 */
class NightJobStepTest extends IntegrationTest {

    private static final String DEMO = "2033-02-14"; // dates no other test runs: batch history is kept between tests
    private static final String NIGHT = "2033-02-15";

    @TempDir
    Path out;

    @Test
    void aJobThatCompletedBeforeTheNightRecordedItIsNotRunAgain() {
        assertThat(Cli.run("demo", "--subscribers", "1500", "--seed", "11", "--date", DEMO, "--out", out.toString())
                .exitCode()).isZero();
        InjectedFailure.atRow(jdbc, "dunning_case", 1);
        Cli.Result failed = Cli.run("run", "nightly", "--date", NIGHT, "--retention.output=" + out);
        InjectedFailure.remove(jdbc, "dunning_case");
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(1);
        assertThat(failed.err()).contains("nightly failed", "dunning: ");
        long night = jdbc.queryForObject("""
                SELECT max(e.job_execution_id) FROM batch_job_execution e
                JOIN batch_job_instance i USING (job_instance_id) WHERE i.job_name = 'nightly'""", Long.class);
        // what a process killed right after scoring's commit leaves, once recovered
        jdbc.update("UPDATE batch_step_execution SET status = 'FAILED', exit_code = 'FAILED'"
                + " WHERE job_execution_id = ? AND step_name = 'scoring'", night);

        Cli.Result restarted = Cli.run("run", "nightly", "--date", NIGHT, "--retention.output=" + out);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(scoringRunsOf(NIGHT)).containsExactly("COMPLETED");
    }

    private List<String> scoringRunsOf(String date) {
        return jdbc.queryForList("""
                SELECT e.status FROM batch_job_execution e
                JOIN batch_job_instance i USING (job_instance_id)
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                WHERE i.job_name = 'scoring' AND p.parameter_name = 'date' AND p.parameter_value = ?
                ORDER BY e.job_execution_id""", String.class, date);
    }
}
