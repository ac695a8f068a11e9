package com.retention.jobs.imports;

import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.launch.FileRunLock;
import com.retention.jobs.launch.JobRunLock;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Who is importing a file, across processes: the {@link JobRunLock} of the import job and the file's
 * identity (path, size, modification time; not the re-run stamp, so a re-run of a file is held off
 * while the file is being imported). Held for the whole import, so a STARTED import execution whose
 * lock is free was left by a process that died.
 */
@Component
public class ImportRunLock implements FileRunLock {

    private final JobRunLock runLock;

    public ImportRunLock(JobRunLock runLock) {
        this.runLock = runLock;
    }

    /** Whether these are an import's parameters (it has a file, not a business date). */
    @Override
    public boolean covers(JobParameters parameters) {
        return parameters.getString(ImportJobParameters.FILE) != null;
    }

    /** The lock of this job and file, or empty while another live process imports the file. */
    @Override
    public Optional<JobRunLock.Held> tryAcquire(String jobName, JobParameters parameters) {
        return runLock.tryAcquire(identity(jobName, parameters));
    }

    static String identity(String jobName, JobParameters parameters) {
        return "retention-import|" + jobName + "|" + parameters.getString(ImportJobParameters.FILE) + "|"
                + parameters.getLong(ImportJobParameters.SIZE) + "|" + parameters.getString(ImportJobParameters.MODIFIED);
    }
}
