package com.retention.jobs.launch;

import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The run lock of executions that are not of a business date but of a file (an import), told by
 * their parameters. The imports implement it, so that launching can recover or restart any
 * execution without knowing what an import's parameters are.
 */
public interface FileRunLock {

    /** Whether these are the parameters of a run of a file. */
    boolean covers(JobParameters parameters);

    /** The lock of this job and file, or empty while another live process holds it. */
    Optional<JobRunLock.Held> tryAcquire(String jobName, JobParameters parameters);
}
