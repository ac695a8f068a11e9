package com.retention.jobs.scheduling;

import com.retention.jobs.delivery.DeliveryRun;
import com.retention.jobs.launch.OperatorProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every minute under serve: the SMS and e-mail of today that are due (held by the window, or a retry
 * whose time has come), and the receipts in. Not a Spring Batch run: a run a minute would bury the job
 * history; one delivery per channel at a time is held by the channel's own lock.
 */
@DisallowConcurrentExecution
public class DeliverQuartzJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DeliverQuartzJob.class);

    private final DeliveryRun delivery;
    private final OperatorProperties operator;

    public DeliverQuartzJob(DeliveryRun delivery, OperatorProperties operator) {
        this.delivery = delivery;
        this.operator = operator;
    }

    @Override
    public void execute(JobExecutionContext context) {
        if (!delivery.anyChannelOn()) {
            return;
        }
        Instant at = context.getScheduledFireTime().toInstant();
        LocalDate date = at.atZone(operator.timezone()).toLocalDate();
        try {
            delivery.deliver(date, null);
        } catch (RuntimeException e) {
            log.error("delivery of {} could not run: {}", date, e.getMessage(), e);
        }
    }
}
