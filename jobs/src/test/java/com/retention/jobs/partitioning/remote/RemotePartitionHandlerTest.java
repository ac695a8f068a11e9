package com.retention.jobs.partitioning.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** What the manager copies from a worker's stored execution, and the settings' rules. */
class RemotePartitionHandlerTest {

    private final JobExecution job = new JobExecution(1L, new JobInstance(1L, "scoring"), new JobParameters());

    @Test
    void theManagersCopyTakesTheWorkersCountsStatusAndFailureLine() {
        StepExecution local = new StepExecution(5L, "scoringPartition:partition1", job);
        StepExecution stored = new StepExecution(5L, "scoringPartition:partition1", job);
        stored.setStatus(BatchStatus.FAILED);
        stored.setExitStatus(ExitStatus.FAILED.addExitDescription(
                "org.springframework.dao.DataIntegrityViolationException: injected failure\n\tat somewhere"));
        stored.setReadCount(300);
        stored.setWriteCount(290);
        stored.setFilterCount(10);
        stored.setCommitCount(3);
        stored.getExecutionContext().putString(RangeRunner.NODE, "node-b");

        RemotePartitionHandler.bringUpToDate(local, stored);

        assertThat(local.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(local.getReadCount()).isEqualTo(300);
        assertThat(local.getWriteCount()).isEqualTo(290);
        assertThat(local.getFilterCount()).isEqualTo(10);
        assertThat(local.getCommitCount()).isEqualTo(3);
        assertThat(local.getExecutionContext().getString(RangeRunner.NODE)).isEqualTo("node-b");
        assertThat(local.getFailureExceptions()).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("org.springframework.dao.DataIntegrityViolationException: injected failure");
    }

    @Test
    void aCompletedRangeBringsNoFailure() {
        StepExecution local = new StepExecution(6L, "scoringPartition:partition0", job);
        StepExecution stored = new StepExecution(6L, "scoringPartition:partition0", job);
        stored.setStatus(BatchStatus.COMPLETED);
        stored.setExitStatus(ExitStatus.COMPLETED);
        stored.setWriteCount(42);

        RemotePartitionHandler.bringUpToDate(local, stored);

        assertThat(local.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(local.getWriteCount()).isEqualTo(42);
        assertThat(local.getFailureExceptions()).isEmpty();
    }

    @Test
    void aFailureWithoutDescriptionStillSaysWhere() {
        assertThat(RemotePartitionHandler.firstLine("")).isEqualTo("failed on its node");
        assertThat(RemotePartitionHandler.firstLine("  one line  ")).isEqualTo("one line");
    }

    @Test
    void settingsDefaultToOffWithPartitionsWorkersAndRefuseNonsense() {
        RemoteProperties defaults = new RemoteProperties(false, null, null, null, null);
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.workersOr(3)).isEqualTo(3);
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.timeout()).isEqualTo(Duration.ofHours(6));
        assertThat(defaults.node()).contains("/");
        assertThat(new RemoteProperties(true, 0, null, null, "a").workersOr(3)).isZero();
        assertThatThrownBy(() -> new RemoteProperties(true, -1, null, null, null))
                .hasMessage("retention.batch.remote.workers must be 0 or more, not -1");
        assertThatThrownBy(() -> new RemoteProperties(true, 1, Duration.ZERO, null, null))
                .hasMessageContaining("must be positive");
    }
}
