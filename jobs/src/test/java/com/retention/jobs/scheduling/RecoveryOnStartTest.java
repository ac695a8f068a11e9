package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.InjectedFailure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/**
 * A night of the real flow that a killed process left STARTED (the night and the job it was in) is
 * recovered when the application starts, shows as FAILED in {@code jobs}, and
 * {@code jobs restart ID} finishes it from its last commit.
 */
class RecoveryOnStartTest {

    @Test
    void anExecutionLeftStartedIsRecoveredOnStartAndRestartsFromItsLastCommit() {
        LocalDate date = LocalDate.of(2026, 11, 23);
        MutableClock clock = new MutableClock(date.atTime(12, 0));
        long executionId;
        try (Node first = Node.start(clock)) {
            OpsTables.reset(first.jdbc());
            InjectedFailure.atRow(first.jdbc(), "churn_score", 120); // past each range's first chunk of 50
            JobOutcome failed;
            try {
                failed = first.launcher().run("nightly", date, null, false);
            } finally {
                InjectedFailure.remove(first.jdbc(), "churn_score");
            }
            assertThat(failed.succeeded()).isFalse();
            executionId = failed.execution().getId();
            assertThat(OpsTables.scores(first.jdbc(), date)).as("some chunks committed").isNotEmpty();
            // What a SIGKILL leaves behind: the night and the scoring job inside it still marked as
            // running, no end time (every execution from the night's on belongs to it).
            first.jdbc().update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN',"
                    + " end_time = NULL WHERE job_execution_id >= ? AND status = 'FAILED'", executionId);
            first.jdbc().update("UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING',"
                    + " end_time = NULL WHERE job_execution_id >= ? AND status = 'FAILED'", executionId);
        }

        try (Node second = Node.start(clock)) {
            JobHistory.Run run = second.bean(JobHistory.class).recent(20).stream()
                    .filter(r -> r.executionId() == executionId).findFirst().orElseThrow();
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(OpsTables.statuses(second.jdbc(), "scoring", date)).containsExactly("FAILED");

            JobOutcome restarted = second.launcher().restart(executionId);

            assertThat(restarted.succeeded()).as(restarted.describe()).isTrue();
            assertThat(restarted.execution().getStepExecutions().iterator().next().getStepName())
                    .as("the night goes on at the job that failed").isEqualTo("scoring");
            int active = OpsTables.activeSubscribers(second.jdbc());
            assertThat(OpsTables.lastScoringRead(second.jdbc())).as("resumed after the committed chunks")
                    .isPositive().isLessThan(active);
            assertThat(OpsTables.scores(second.jdbc(), date)).hasSize(active);
            assertThat(OpsTables.statuses(second.jdbc(), "report", date)).containsExactly("COMPLETED");

            assertThat(second.bean(Environment.class).getProperty("spring.quartz.wait-for-jobs-to-complete-on-shutdown"))
                    .as("config/application-serve.yml is read for serve").isEqualTo("true");
            MeterRegistry meters = second.bean(MeterRegistry.class);
            assertThat(meters.get("retention.batch.items").tags("job", "scoring", "step", "scoringStep", "kind", "written")
                    .counter().count()).isPositive();
            assertThat(meters.find("retention.batch.items").tags("job", "nightly", "step", "report").counters())
                    .isNotEmpty();
            assertThat(meters.get("spring.batch.job").tags("spring.batch.job.name", "nightly").timer().count())
                    .isEqualTo(1);
        }
    }
}
