package com.retention.jobs.launch;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/** Looks an execution up by the id a user typed: Spring Batch 6 throws for an id it does not have. */
public final class JobExecutions {

    private JobExecutions() {
    }

    public static Optional<JobExecution> find(JobRepository repository, long id) {
        try {
            return Optional.ofNullable(repository.getJobExecution(id));
        } catch (EmptyResultDataAccessException unknown) {
            return Optional.empty();
        }
    }
}
