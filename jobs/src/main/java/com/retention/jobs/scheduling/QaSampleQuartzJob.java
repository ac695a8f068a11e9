package com.retention.jobs.scheduling;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.OperatorProperties;
import java.time.LocalDate;
import java.time.YearMonth;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality sample of the month before the scheduled fire (the 1st of December samples November),
 * so a fire recovered on another node, or late, samples the same month.
 */
@DisallowConcurrentExecution
public class QaSampleQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(QaSampleQuartzJob.class);

    private final JobLaunchService launcher;
    private final OperatorProperties operator;

    public QaSampleQuartzJob(JobLaunchService launcher, OperatorProperties operator) {
        this.launcher = launcher;
        this.operator = operator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        LocalDate fired = context.getScheduledFireTime().toInstant().atZone(operator.timezone()).toLocalDate();
        YearMonth month = YearMonth.from(fired).minusMonths(1);
        ScheduledLaunch.run(launcher, JobLaunchService.MONTHLY_QA, month.atDay(1), null, "quality sample of " + month,
                log);
    }
}
