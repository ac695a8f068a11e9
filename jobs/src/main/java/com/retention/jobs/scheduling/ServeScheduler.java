package com.retention.jobs.scheduling;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.partitioning.remote.RangeWorkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the schedules of {@code config/schedules.yml} into the clustered Quartz store and starts the
 * scheduler. Every node does this on start; a schedule that did not change is left as stored, so a
 * node joining the cluster does not reset the others' next fire times. Missed fires run once
 * (fire-and-proceed), and on start the nightly job is fired once to catch up missed nights: the
 * Quartz cluster runs it on one node at a time, so two nodes starting together do not both catch up.
 * With remote partitioning on, it also starts this node's range workers.
 */
@Component
public class ServeScheduler {

    public static final JobKey NIGHTLY = JobKey.jobKey("nightly", "retention");
    public static final JobKey OUTAGES = JobKey.jobKey("outages", "retention");
    public static final JobKey INBOX = JobKey.jobKey("inbox", "retention");
    public static final JobKey QA_SAMPLE = JobKey.jobKey("qa-sample", "retention");
    public static final JobKey DELIVER = JobKey.jobKey("deliver", "retention");
    public static final JobKey SAVE_DESK = JobKey.jobKey("save-desk", "retention");
    private static final Logger log = LoggerFactory.getLogger(ServeScheduler.class);

    private final Scheduler scheduler;
    private final ScheduleProperties schedule;
    private final OperatorProperties operator;
    private final ObjectProvider<RangeWorkers> rangeWorkers;

    public ServeScheduler(Scheduler scheduler, ScheduleProperties schedule, OperatorProperties operator,
                          ObjectProvider<RangeWorkers> rangeWorkers) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.operator = operator;
        this.rangeWorkers = rangeWorkers;
    }

    /** Registers the schedules, starts the scheduler; returns one line per schedule for the console. */
    public List<String> start() throws SchedulerException {
        List<String> lines = new ArrayList<>();
        lines.add(register(NIGHTLY, NightlyQuartzJob.class, schedule.nightlyCron(), "nightly flow"));
        lines.add(register(OUTAGES, OutagesQuartzJob.class, schedule.outagesCron(), "intraday outages"));
        lines.add(register(INBOX, InboxQuartzJob.class, schedule.inboxCron(),
                "outcome inbox " + schedule.inbox().toAbsolutePath().normalize()));
        lines.add(register(QA_SAMPLE, QaSampleQuartzJob.class, schedule.qaCron(), "quality sample of the month before"));
        lines.add(register(DELIVER, DeliverQuartzJob.class, schedule.deliverCron(), "SMS and e-mail delivery (when on)"));
        lines.add(register(SAVE_DESK, SaveDeskQuartzJob.class, schedule.saveDeskCron(),
                "save desk top-up of the day's call lists"));
        RangeWorkers workers = rangeWorkers.getIfAvailable(); // only with retention.batch.remote.enabled
        if (workers != null) {
            workers.ensureStarted(); // before the catch-up below may queue ranges
            lines.add(String.format("  %-8s %d worker(s) on this node take key ranges of any node's run", "ranges",
                    workers.count()));
        }
        scheduler.start();
        if (schedule.catchUpOnStart()) {
            scheduler.triggerJob(NIGHTLY);
        }
        log.info("scheduler {} ({}) started", scheduler.getSchedulerName(), scheduler.getSchedulerInstanceId());
        return lines;
    }

    private String register(JobKey key, Class<? extends Job> type, String cron, String what)
            throws SchedulerException {
        if (!CronExpression.isValidExpression(cron)) {
            throw new UserInputException("retention.schedule: '" + cron + "' (" + what
                    + ") is not a Quartz cron expression like \"0 30 1 * * ?\"");
        }
        TimeZone zone = TimeZone.getTimeZone(operator.timezone());
        TriggerKey triggerKey = TriggerKey.triggerKey(key.getName(), key.getGroup());
        Trigger stored = scheduler.getTrigger(triggerKey);
        boolean unchanged = stored instanceof CronTrigger c && c.getCronExpression().equals(cron)
                && Objects.equals(c.getTimeZone().getID(), zone.getID())
                && scheduler.getJobDetail(key) != null
                && scheduler.getJobDetail(key).getJobClass().equals(type);
        if (!unchanged) {
            JobDetail job = JobBuilder.newJob(type).withIdentity(key).storeDurably().requestRecovery(true).build();
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            scheduler.scheduleJob(job, Set.of(trigger), true);
        }
        Trigger current = scheduler.getTrigger(triggerKey);
        String next = current == null || current.getNextFireTime() == null ? "-"
                : current.getNextFireTime().toInstant().atZone(operator.timezone()).toLocalDateTime().withNano(0)
                        .toString().replace('T', ' ');
        return String.format("  %-8s %-18s next %s  %s", key.getName(), cron, next, what);
    }
}
