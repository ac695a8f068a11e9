package com.retention.jobs.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job repository outlives the operator tables the base test truncates; a job test that wants
 * a first run (not "already completed") for its date starts from an empty history.
 */
public final class BatchMetadata {

    private BatchMetadata() {
    }

    public static void forget(JdbcTemplate jdbc) {
        jdbc.execute("TRUNCATE batch_step_execution_context, batch_step_execution, batch_job_execution_context, "
                + "batch_job_execution_params, batch_job_execution, batch_job_instance CASCADE");
    }
}
