package com.retention.jobs.launch;

import com.retention.jobs.imports.ImportRunLock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * The run lock an existing execution was started under, whichever kind of run it is: a job of a
 * business date ({@link JobRunLock}) or the import of a file ({@link ImportRunLock}). Whoever
 * recovers or restarts an execution takes it first, so a run that lives in another process is left alone.
 */
@Component
public class ExecutionRunLock {

    private final JobRunLock runLock;
    private final ImportRunLock importLock;

    public ExecutionRunLock(JobRunLock runLock, ImportRunLock importLock) {
        this.runLock = runLock;
        this.importLock = importLock;
    }

    /** Whether the execution was started under a run lock that tells whether it lives. */
    public static boolean hasLock(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return parameters.getLocalDate(JobParametersFactory.DATE) != null || ImportRunLock.isImport(parameters);
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
        if (ImportRunLock.isImport(parameters)) {
            return importLock.tryAcquire(job, parameters);
        }
        throw new IllegalArgumentException("execution " + execution.getId() + " of " + job + " has no run lock");
    }
}
