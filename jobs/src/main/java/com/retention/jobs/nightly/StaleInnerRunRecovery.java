package com.retention.jobs.nightly;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before a step of the night runs its job: an execution of that job for this very night (its
 * parameters carry the night's instance) still marked as running was left by a process that died
 * mid-night. Nobody else can be running it: the night holds its date's lock, and the instance is
 * this night's alone. Recovering it lets the restarted night restart it from its last commit instead
 * of failing with "already running" on every fire.
 */
class StaleInnerRunRecovery implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StaleInnerRunRecovery.class);

    private final Job job;
    private final JobRepository repository;
    private final JobOperator operator;
    private final NightlyParametersExtractor parameters;

    StaleInnerRunRecovery(Job job, JobRepository repository, JobOperator operator,
            NightlyParametersExtractor parameters) {
        this.job = job;
        this.repository = repository;
        this.operator = operator;
        this.parameters = parameters;
    }

    @Override
    public void beforeStep(StepExecution step) {
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters.getJobParameters(job, step));
        if (last != null && last.isRunning()) {
            log.warn("execution {} of {} inside this night was left {} by a process that stopped; recovering it so it"
                    + " restarts from its last commit", last.getId(), job.getName(), last.getStatus());
            try {
                operator.recover(last);
            } catch (Exception e) {
                throw new IllegalStateException("cannot recover execution " + last.getId() + " of " + job.getName()
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
