package com.retention.jobs.launch;

import com.retention.jobs.cli.UserInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts a job for a business date the safe way: a failed date restarts from where it stopped, a
 * running one is refused, a completed one is left alone unless a re-run is asked for.
 */
@Service
public class JobLaunchService {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final OperatorProperties operator;
    private final Map<String, Job> jobsByName;

    public JobLaunchService(JobOperator jobOperator, JobRepository jobRepository, OperatorProperties operator,
            List<Job> jobs) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.operator = operator;
        this.jobsByName = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    public LocalDate today() {
        return LocalDate.now(operator.timezone());
    }

    /** {@code 2026-11-22T14:30} in the operator's zone, or an instant with an offset. */
    public Instant parseReferenceTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(operator.timezone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserInputException("--at " + text + " is not a time like 2026-11-22T14:30");
            }
        }
    }

    public JobOutcome run(String jobName, LocalDate date, Instant at, boolean rerun) {
        Job job = jobsByName.get(jobName);
        if (job == null) {
            throw new UserInputException("unknown job '" + jobName + "'; jobs: " + String.join(", ", jobsByName.keySet()));
        }
        JobParameters parameters = JobParametersFactory.of(date, at, null);
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        try {
            if (instance != null) {
                JobExecution last = jobRepository.getLastJobExecution(instance);
                if (last != null && last.isRunning()) {
                    throw new UserInputException(jobName + " for " + date + " is already running (execution "
                            + last.getId() + ", started " + last.getStartTime() + ")");
                }
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    if (!rerun) {
                        return new JobOutcome(jobName, last, true);
                    }
                    JobParameters again = JobParametersFactory.of(date, at, System.currentTimeMillis());
                    return new JobOutcome(jobName, jobOperator.start(job, again), false);
                }
                if (last != null) {
                    return new JobOutcome(jobName, jobOperator.restart(last), false);
                }
            }
            return new JobOutcome(jobName, jobOperator.start(job, parameters), false);
        } catch (UserInputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(jobName + " for " + date + " could not start: " + e.getMessage(), e);
        }
    }

    /** Restarts a failed or stopped execution from its last commit. */
    public JobOutcome restart(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            throw new UserInputException("no job execution " + executionId + "; see: retention jobs");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new UserInputException("execution " + executionId + " already completed; nothing to restart");
        }
        if (execution.isRunning()) {
            throw new UserInputException("execution " + executionId + " is still running");
        }
        try {
            return new JobOutcome(execution.getJobInstance().getJobName(), jobOperator.restart(execution), false);
        } catch (Exception e) {
            throw new IllegalStateException("execution " + executionId + " could not restart: " + e.getMessage(), e);
        }
    }

    public java.util.Set<String> jobNames() {
        return jobsByName.keySet();
    }
}
