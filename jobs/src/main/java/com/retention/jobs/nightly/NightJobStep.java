package com.retention.jobs.nightly;

import com.retention.jobs.launch.EmptyInstances;
import com.retention.jobs.launch.StaleExecutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobStep;

/**
 * A step of the night that runs one of its jobs, and on a restart of the night takes up that job's
 * own run of this night (its parameters carry the night's instance) where a killed process left it:
 * <ul>
 * <li>still marked running: nobody runs it (the night holds its date's lock and the instance is this
 * night's alone), so it is recovered and restarted from its last commit, instead of failing with
 * "already running" on every fire;</li>
 * <li>completed, though the process died before the night recorded this step: the step completes
 * without running the job again, instead of failing with "already complete".</li>
 * </ul>
 */
class NightJobStep extends JobStep {

    private static final Logger log = LoggerFactory.getLogger(NightJobStep.class);

    private final Job job;
    private final JobRepository repository;
    private final JobOperator operator;
    private final NightlyParametersExtractor parameters;

    NightJobStep(Job job, JobRepository repository, JobOperator operator, NightlyParametersExtractor parameters) {
        super(repository);
        this.job = job;
        this.repository = repository;
        this.operator = operator;
        this.parameters = parameters;
        setName(job.getName());
        setJob(job);
        setJobOperator(operator);
        setJobParametersExtractor(parameters);
    }

    @Override
    protected void doExecute(StepExecution step) throws Exception {
        JobParameters inner = parameters.getJobParameters(job, step);
        EmptyInstances.remove(repository, job.getName(), inner);
        JobExecution last = repository.getLastJobExecution(job.getName(), inner);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            log.warn("{} of this night completed (execution {}) before the process that ran the night stopped;"
                    + " not running it again", job.getName(), last.getId());
            step.setExitStatus(ExitStatus.COMPLETED.and(last.getExitStatus()));
            return;
        }
        if (last != null && last.isRunning()) {
            StaleExecutions.recover(operator, last);
        }
        super.doExecute(step);
    }
}
