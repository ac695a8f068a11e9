package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void aBadCronIsOneLineAndExitTwo() {
        Cli.Result result = Cli.run("serve", "--retention.schedule.nightly-cron=30 1 * * *",
                "--spring.jmx.enabled=false");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'30 1 * * *' (nightly flow) is not a Quartz cron expression")
                .doesNotContain("\tat ");
    }

    @Test
    void strayArgumentsAreRefusedBeforeAnythingStarts() {
        Cli.Result result = Cli.run("serve", "now");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("serve takes no arguments");
    }
}
