package com.retention.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.partitioning.KeyRangePartitioner;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the Operations page shows of a running step, from the job repository alone, as another
 * process leaves it: two ranges of a partitioned step that know their sizes, part-way through.
 */
class LiveProgressTest extends IntegrationTest {

    @Autowired
    JobRepository repository;

    @Autowired
    LiveProgress progress;

    @Test
    void aRunningPartitionedStepShowsItsItemsRateAndTimeLeft() {
        var parameters = new JobParametersBuilder().addString("probe", "live-progress-" + System.nanoTime())
                .toJobParameters();
        JobInstance instance = repository.createJobInstance("scoring", parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        job.setStartTime(LocalDateTime.now().minusSeconds(20));
        repository.update(job);
        for (int range = 0; range < 2; range++) {
            StepExecution step = repository.createStepExecution("scoringPartition:partition" + range, job);
            step.setStatus(BatchStatus.STARTED);
            step.setStartTime(LocalDateTime.now().minusSeconds(10));
            step.setReadCount(500);
            step.getExecutionContext().putLong(KeyRangePartitioner.EXPECTED_ITEMS, 1500);
            repository.update(step);
            repository.updateExecutionContext(step);
        }

        List<RunningStep> running = progress.now();

        assertThat(running).hasSize(1);
        RunningStep step = running.get(0);
        assertThat(step.step()).isEqualTo("scoringPartition");
        assertThat(step.read()).isEqualTo(1000);
        assertThat(step.total()).isEqualTo(3000);
        assertThat(step.perSecond()).isBetween(60.0, 101.0); // 1 000 items in about 10 s
        assertThat(step.secondsLeft()).isBetween(19L, 34L); // 2 000 left at that rate
        job.setStatus(BatchStatus.FAILED);
        repository.update(job);
        assertThat(progress.now()).as("a run that ended is not running").isEmpty();
    }
}
