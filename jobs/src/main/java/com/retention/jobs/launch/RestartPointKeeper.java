package com.retention.jobs.launch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Stores a chunk step's context as the step starts. Spring Batch copies a restarted step's context
 * (its readers' positions) from the failed execution into the new one in memory only, and stores it
 * at the first commit: a restart killed before that commit left a newest execution with an empty
 * context, and the next restart read from the first item again, into rows already written. Stored
 * here, a kill before the first commit leaves the same restart point as before.
 */
@Component
public class RestartPointKeeper implements StepExecutionListener {

    private final JobRepository jobRepository;

    public RestartPointKeeper(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!stepExecution.getExecutionContext().isEmpty()) {
            jobRepository.updateExecutionContext(stepExecution);
        }
    }
}
