package com.retention.jobs.scheduling;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When {@code serve} runs what: Quartz cron expressions (seconds first) read in the operator's time
 * zone, the outcome inbox, and how far back a restarted scheduler catches up missed nights.
 *
 * @param nightlyCron     the nightly flow for business date = today
 * @param outagesCron     the intraday outage step, with {@code at} = the fire time
 * @param inboxCron       how often the inbox is looked at
 * @param inbox           the folder outcome files are dropped into; handled ones move to done/ or failed/
 * @param inboxSettle     a file is taken once a later poll finds its size and modification time unchanged this long
 * @param catchUpDays     missed nights older than this many days are not run on start (logged instead)
 * @param catchUpOnStart  whether {@code serve} runs the missed nights when it starts
 * @param qaCron          the monthly quality sample, for the month before the fire
 * @param deliverCron     SMS and e-mail now due, and their receipts (when delivery is on)
 * @param saveDeskCron    the save desk's intraday top-up of the day's call lists, with {@code at} = the fire time
 */
@ConfigurationProperties(prefix = "retention.schedule")
public record ScheduleProperties(String nightlyCron, String outagesCron, String inboxCron, Path inbox,
        Duration inboxSettle, Integer catchUpDays, Boolean catchUpOnStart, String qaCron, String deliverCron,
        String saveDeskCron) {

    public ScheduleProperties {
        nightlyCron = nightlyCron == null ? "0 30 1 * * ?" : nightlyCron;
        outagesCron = outagesCron == null ? "0 0/15 * * * ?" : outagesCron;
        inboxCron = inboxCron == null ? "0 * * * * ?" : inboxCron;
        inbox = inbox == null ? Path.of("inbox") : inbox;
        inboxSettle = inboxSettle == null ? Duration.ofSeconds(10) : inboxSettle;
        catchUpDays = catchUpDays == null ? 7 : catchUpDays;
        catchUpOnStart = catchUpOnStart == null || catchUpOnStart;
        qaCron = qaCron == null ? "0 0 5 1 * ?" : qaCron;
        deliverCron = deliverCron == null ? "0 * * * * ?" : deliverCron;
        saveDeskCron = saveDeskCron == null ? "0 0 10-20/2 * * ?" : saveDeskCron;
    }
}
