package com.retention.jobs.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly fire: runs today's nightly and any missed nights before it. One at a time across the
 * cluster; if the node running it dies, another node fires it again (requests recovery) and the
 * business-date keyed launch restarts the interrupted execution instead of starting a new one.
 */
@DisallowConcurrentExecution
public class NightlyQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(NightlyQuartzJob.class);

    private final NightlyCatchUp catchUp;

    public NightlyQuartzJob(NightlyCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void execute(JobExecutionContext context) {
        if (context.isRecovering()) {
            log.warn("nightly: taking over a run whose scheduler node stopped");
        }
        try {
            catchUp.runDueDates();
        } catch (RuntimeException e) {
            // The next fire (or a restart) tries again; the trigger itself must stay alive.
            log.error("nightly could not run: {}", e.getMessage(), e);
        }
    }
}
