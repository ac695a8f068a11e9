package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import org.springframework.core.env.Environment;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An execution a killed process left STARTED is recovered when the application starts, shows as
 * FAILED in {@code jobs}, and {@code jobs restart ID} finishes it from its last commit.
 */
class RecoveryOnStartTest {

    @BeforeEach
    void noBlocking() {
        TestNightlyJob.BLOCK_AT.set(0);
        TestNightlyJob.FAIL_AT.set(0);
        TestNightlyJob.RELEASE.set(new CountDownLatch(1));
    }

    @Test
    void anExecutionLeftStartedIsRecoveredOnStartAndRestartsFromItsLastCommit() {
        LocalDate date = LocalDate.of(2030, 7, 1);
        MutableClock clock = new MutableClock(date.atTime(12, 0));
        long executionId;
        try (Node first = Node.start(clock)) {
            OpsTables.reset(first.jdbc());
            TestNightlyJob.FAIL_AT.set(13);
            JobOutcome failed = first.launcher().run("nightly", date, null, false);
            executionId = failed.execution().getId();
            // What a SIGKILL leaves behind: the run still marked as running, no end time.
            first.jdbc().update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN',"
                    + " end_time = NULL WHERE job_execution_id = ?", executionId);
            first.jdbc().update("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING',"
                    + " end_time = NULL WHERE job_execution_id = ?", executionId);
        }
        TestNightlyJob.FAIL_AT.set(0);

        try (Node second = Node.start(clock)) {
            JobHistory.Run run = second.bean(JobHistory.class).recent(1).get(0);
            assertThat(run.executionId()).isEqualTo(executionId);
            assertThat(run.status()).isEqualTo("FAILED");

            JobOutcome restarted = second.launcher().restart(executionId);

            assertThat(restarted.succeeded()).isTrue();
            assertThat(restarted.execution().getStepExecutions().iterator().next().getReadCount())
                    .as("items 1-10 were committed before the crash").isEqualTo(10);
            assertThat(OpsTables.items(second.jdbc(), date)).hasSize(TestNightlyJob.ITEMS);

            assertThat(second.bean(Environment.class).getProperty("spring.quartz.wait-for-jobs-to-complete-on-shutdown"))
                    .as("config/application-serve.yml is read for serve").isEqualTo("true");
            MeterRegistry meters = second.bean(MeterRegistry.class);
            assertThat(meters.get("retention.batch.items").tags("job", "nightly", "kind", "written").counter().count())
                    .isEqualTo(10.0);
            assertThat(meters.get("spring.batch.job").tags("spring.batch.job.name", "nightly").timer().count())
                    .isEqualTo(1);
        }
    }
}
