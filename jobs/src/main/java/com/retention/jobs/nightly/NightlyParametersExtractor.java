package com.retention.jobs.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;
import org.springframework.stereotype.Component;

/**
 * A step of the night runs its job with the night's parameters plus the night's instance id: the
 * same date run on its own earlier (a completed instance) does not block the night, and a restart
 * of the night restarts the very instance that failed (Spring Batch keeps these parameters in
 * the step's context).
 */
@Component
class NightlyParametersExtractor implements JobParametersExtractor {

    static final String NIGHT = "night";

    @Override
    public JobParameters getJobParameters(Job job, StepExecution stepExecution) {
        var night = stepExecution.getJobExecution();
        return new JobParametersBuilder(night.getJobParameters())
                .addLong(NIGHT, night.getJobInstance().getInstanceId(), true)
                .toJobParameters();
    }
}
