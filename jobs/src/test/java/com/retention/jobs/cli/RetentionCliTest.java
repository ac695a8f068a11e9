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
