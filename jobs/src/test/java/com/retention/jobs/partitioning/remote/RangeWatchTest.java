package com.retention.jobs.partitioning.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.IntegrationTest;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How a manager tells a range's state from the job repository, the queue and the range's lock: a
 * queued range or one whose node holds its lock is pending; one neither queued nor locked that still
 * runs was abandoned and is failed; a finished one is returned as it is.
 */
class RangeWatchTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    private RangeQueue queue;
    private RangeWatch watch;
    private StepExecution range;

    @BeforeEach
    void aRunningRange() {
        BatchMetadata.forget(jdbc);
        queue = new RangeQueue(dataSource);
        watch = new RangeWatch(jobRepository, dataSource, queue);
        JobParameters parameters = new JobParametersBuilder().addString("test", "watch").toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("watch-test", parameters);
        JobExecution job = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        jobRepository.update(job);
        range = jobRepository.createStepExecution("testPartition:partition0", job);
    }

    @Test
    void aQueuedRangeIsPending() {
        UUID request = queue.send(new StepExecutionRequest("testPartition", range.getId()));

        assertThat(watch.finished(range.getId(), request)).isNull();
        assertThat(status()).isEqualTo(BatchStatus.STARTING);
    }

    @Test
    void aRangeHeldByALiveNodeIsPendingAndOneWhoseNodeIsGoneIsFailed() throws Exception {
        UUID request = queue.send(new StepExecutionRequest("testPartition", range.getId()));
        Connection node = dataSource.getConnection();
        node.setAutoCommit(false);
        queue.takeOn(node);
        RangeLocks.lock(node, range.getId());
        node.commit();
        markStarted();

        assertThat(watch.finished(range.getId(), request)).as("its node holds the lock").isNull();

        RangeLocks.unlock(node, range.getId()); // the session that held it ends, as a killed node's does
        node.close();
        StepExecution failed = watch.finished(range.getId(), request);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getFailureExceptions()).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("the node running this range stopped (its database session ended)");
        assertThat(status()).isEqualTo(BatchStatus.FAILED);
        assertThat(jdbc.queryForObject("SELECT exit_message FROM batch_step_execution WHERE step_execution_id = ?",
                String.class, range.getId())).contains("the node running this range stopped");
    }

    @Test
    void aFinishedRangeIsReturnedAsItIsAndFailingItChangesNothing() {
        UUID request = queue.send(new StepExecutionRequest("testPartition", range.getId()));
        range.setStatus(BatchStatus.COMPLETED);
        range.setReadCount(7);
        jobRepository.update(range);

        assertThat(watch.finished(range.getId(), request).getReadCount()).isEqualTo(7);
        assertThat(watch.fail(range.getId(), "too late").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(status()).isEqualTo(BatchStatus.COMPLETED);
    }

    private void markStarted() {
        StepExecution latest = jobRepository.getStepExecution(range.getId());
        latest.setStatus(BatchStatus.STARTED);
        jobRepository.update(latest);
    }

    private BatchStatus status() {
        return jobRepository.getStepExecution(range.getId()).getStatus();
    }
}
