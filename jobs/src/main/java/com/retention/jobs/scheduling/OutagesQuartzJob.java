package com.retention.jobs.scheduling;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.OperatorProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intraday outage step with {@code at} = the scheduled fire time, so a fire recovered on another
 * node is the same job instance and restarts rather than duplicates.
 */
@DisallowConcurrentExecution
public class OutagesQuartzJob implements Job {

    public static final String OUTAGES = "outages";
    private static final Logger log = LoggerFactory.getLogger(OutagesQuartzJob.class);

    private final JobLaunchService launcher;
    private final OperatorProperties operator;

    public OutagesQuartzJob(JobLaunchService launcher, OperatorProperties operator) {
        this.launcher = launcher;
        this.operator = operator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        if (!launcher.jobNames().contains(OUTAGES)) {
            log.debug("no '{}' job in this build; nothing to do", OUTAGES);
            return;
        }
        Instant at = context.getScheduledFireTime().toInstant();
        LocalDate date = at.atZone(operator.timezone()).toLocalDate();
        ScheduledLaunch.run(launcher, OUTAGES, date, at, "outages at " + at, log);
    }
}
