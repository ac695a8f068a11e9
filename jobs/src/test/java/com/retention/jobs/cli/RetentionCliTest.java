package com.retention.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class RetentionCliTest extends IntegrationTest {

    @Test
    void helpListsTheCommandsOfTheProductWithoutStartingTheDatabase() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("demo", "import", "run", "export", "jobs", "serve");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        Cli.Result result = Cli.run("run", "scoring", "--bogus");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("retention: Unknown option: '--bogus'").doesNotContain("Exception");
    }

    @Test
    void aSettingThatDoesNotConvertIsOneLineAndExitTwoBeforeAnyWork() {
        Cli.Result result = Cli.run("jobs", "--retention.batch.partitions=abc");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("retention: cannot start: Failed to bind properties under"
                + " 'retention.batch.partitions' to java.lang.Integer: Value: \"abc\"; Reason: failed to convert"
                + " java.lang.String to java.lang.Integer (caused by java.lang.NumberFormatException: For input string:"
                + " \"abc\")");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndExitTwo() {
        Cli.Result result = Cli.run("jobs", "--retention.db.url=jdbc:postgresql://127.0.0.1:1/none");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("retention: cannot start: ").doesNotContain("\n");
    }

    @Test
    void anUnknownJobIsRefusedWithExitTwo() {
        Cli.Result result = Cli.run("run", "no-such-job", "--date", "2026-11-22");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("unknown job 'no-such-job'").doesNotContain("\tat ");
    }

    @Test
    void theSchemaIsMigratedIntoTheRealDatabase() {
        Integer tables = jdbc.queryForObject(
                "SELECT count(*) FROM pg_tables WHERE tablename IN ('subscriber', 'call_task', 'batch_job_instance', 'qrtz_locks')",
                Integer.class);
        assertThat(tables).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).contains("PostgreSQL 17");
    }
}
