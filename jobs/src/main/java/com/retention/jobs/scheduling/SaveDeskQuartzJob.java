package com.retention.jobs.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The save desk's intraday top-up with {@code at} = the scheduled fire time, so a fire recovered on
 * another node is the same job instance and restarts rather than adds twice.
 */
@DisallowConcurrentExecution
public class SaveDeskQuartzJob implements Job {

    private final SaveDeskTopUp topUp;

    public SaveDeskQuartzJob(SaveDeskTopUp topUp) {
        this.topUp = topUp;
    }

    @Override
    public void execute(JobExecutionContext context) {
        topUp.run(context.getScheduledFireTime().toInstant());
    }
}
