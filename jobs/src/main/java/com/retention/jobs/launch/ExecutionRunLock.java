package com.retention.jobs.launch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * The run lock an existing execution was started under, whichever kind of run it is: a job of a
 * business date ({@link JobRunLock}) or the import of a file ({@link FileRunLock}). Whoever
 * recovers or restarts an execution takes it first, so a run that lives in another process is left alone.
 */
@Component
public class ExecutionRunLock {

    private final JobRunLock runLock;
    private final FileRunLock fileLock;

    public ExecutionRunLock(JobRunLock runLock, FileRunLock fileLock) {
        this.runLock = runLock;
        this.fileLock = fileLock;
    }

    /** Whether the execution was started under a run lock that tells whether it lives. */
    public boolean hasLock(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return parameters.getLocalDate(JobParametersFactory.DATE) != null || fileLock.covers(parameters);
    }

    /** Its lock, or empty while another live process holds it; see {@link #hasLock}. */
    public Optional<JobRunLock.Held> tryAcquire(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        String job = execution.getJobInstance().getJobName();
        LocalDate date = parameters.getLocalDate(JobParametersFactory.DATE);
        if (date != null) {
            String at = parameters.getString(JobParametersFactory.AT);
            return runLock.tryAcquire(job, date, at == null ? null : Instant.parse(at));
        }
        if (fileLock.covers(parameters)) {
            return fileLock.tryAcquire(job, parameters);
        }
        throw new IllegalArgumentException("execution " + execution.getId() + " of " + job + " has no run lock");
    }
}
