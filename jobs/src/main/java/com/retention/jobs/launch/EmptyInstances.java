package com.retention.jobs.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Spring Batch records a job instance and its first execution in two transactions; a process (or a
 * database) that dies between them leaves an instance with no execution, and every later start with
 * the same parameters fails with "Cannot find any job execution for job instance". Such an instance
 * holds nothing to resume, so it is removed before a start.
 */
public final class EmptyInstances {

    private static final Logger log = LoggerFactory.getLogger(EmptyInstances.class);

    private EmptyInstances() {
    }

    public static void remove(JobRepository repository, String jobName, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance != null && repository.getJobExecutions(instance).isEmpty()) {
            log.warn("job instance {} of {} has no execution (its process stopped between recording the two);"
                    + " removing it so the job can start", instance.getInstanceId(), jobName);
            repository.deleteJobInstance(instance);
        }
    }
}
