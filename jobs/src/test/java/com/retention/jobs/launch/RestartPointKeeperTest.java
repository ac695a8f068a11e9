package com.retention.jobs.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restarted step's context (the failed execution's reader positions, copied in memory by Spring
 * Batch) is in the database as the step starts, not only at its first commit.
 */
class RestartPointKeeperTest extends IntegrationTest {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    RestartPointKeeper keeper;

    @Test
    void theCopiedRestartPointIsStoredBeforeTheFirstChunk() throws Exception {
        BatchMetadata.forget(jdbc);
        JobParameters parameters = new JobParametersBuilder().addString("case", "restart-point").toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("restart-point-test", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution restart = jobRepository.createStepExecution("rows", execution);
        restart.setExecutionContext(new ExecutionContext(java.util.Map.of("reader.read.count", 4000L)));

        keeper.beforeStep(restart);

        StepExecution stored = jobRepository.getStepExecution(restart.getId());
        assertThat(stored.getExecutionContext().getLong("reader.read.count", -1)).isEqualTo(4000L);
    }
}
