package com.retention.jobs.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

/**
 * An execution still marked running whose run lock the caller now holds was left by a process that
 * died without a word; recovering it (Spring Batch marks it and its steps failed) lets it restart
 * from its last commit.
 */
public final class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private StaleExecutions() {
    }

    /** Call holding the execution's run lock, so that nobody else runs it. */
    public static JobExecution recover(JobOperator operator, JobExecution stale) {
        log.warn("execution {} of {} was left {} by a process that stopped; recovering it so it restarts from its"
                + " last commit", stale.getId(), stale.getJobInstance().getJobName(), stale.getStatus());
        return operator.recover(stale);
    }
}
