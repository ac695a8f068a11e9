package com.retention.jobs.scheduling;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.launch.OperatorProperties;
import java.text.ParseException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs every nightly business date that is due and not completed, oldest first: the scheduled night
 * itself, and the nights missed while nothing was running. A completed date is left alone, a failed
 * or stopped one restarts, and a failure stops the catch-up so that no night runs before the one it
 * builds on. Nights further back than {@code catch-up-days} are named in the log, not run.
 */
@Component
public class NightlyCatchUp {

    public static final String NIGHTLY = "nightly";
    private static final Logger log = LoggerFactory.getLogger(NightlyCatchUp.class);

    private final JobLaunchService launcher;
    private final ScheduleProperties schedule;
    private final OperatorProperties operator;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public NightlyCatchUp(JobLaunchService launcher, ScheduleProperties schedule, OperatorProperties operator,
            Clock clock, JdbcTemplate jdbc) {
        this.launcher = launcher;
        this.schedule = schedule;
        this.operator = operator;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Runs the due dates in order; returns the dates that completed in this call or before. */
    public List<LocalDate> runDueDates() {
        if (!launcher.jobNames().contains(NIGHTLY)) {
            log.warn("no job named '{}' in this build; the nightly schedule has nothing to run", NIGHTLY);
            return List.of();
        }
        List<LocalDate> due = dueDates();
        if (due.size() > 1) {
            log.info("nightly: catching up {} nights missed while nothing was running: {}", due.size(), due);
        }
        for (int i = 0; i < due.size(); i++) {
            LocalDate date = due.get(i);
            try {
                JobOutcome outcome = launcher.run(NIGHTLY, date, null, false);
                if (!outcome.succeeded()) {
                    log.error("{}; later nights wait for it", outcome.failureLine());
                    return due.subList(0, i);
                }
            } catch (UserInputException refused) {
                log.info("nightly for {} not started: {}", date, refused.getMessage());
                return due.subList(0, i);
            }
        }
        return due;
    }

    /** The due nights not yet completed, oldest first, within the catch-up window. */
    public List<LocalDate> dueDates() {
        LocalDate latest = latestScheduledDate();
        LocalDate earliest = latest.minusDays(schedule.catchUpDays() - 1L);
        LocalDate from = lastCompleted().map(d -> d.plusDays(1)).orElse(latest);
        if (from.isBefore(earliest)) {
            log.warn("nightly: the nights {} to {} were missed but are older than the catch-up window of {} days;"
                    + " run them by hand if they are wanted: retention run nightly --date D",
                    from, earliest.minusDays(1), schedule.catchUpDays());
            from = earliest;
        }
        return from.datesUntil(latest.plusDays(1)).toList();
    }

    /** Today if today's nightly fire time has passed in the operator's zone, else yesterday. */
    LocalDate latestScheduledDate() {
        ZoneId zone = operator.timezone();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        LocalDate today = now.toLocalDate();
        try {
            CronExpression cron = new CronExpression(schedule.nightlyCron());
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            Date startOfDay = Date.from(today.atStartOfDay(zone).toInstant().minusMillis(1));
            Date firstToday = cron.getNextValidTimeAfter(startOfDay);
            boolean firedToday = firstToday != null && !firstToday.toInstant().isAfter(now.toInstant())
                    && firstToday.toInstant().atZone(zone).toLocalDate().equals(today);
            return firedToday ? today : today.minusDays(1);
        } catch (ParseException e) {
            throw new IllegalStateException("retention.schedule.nightly-cron is not a cron expression: "
                    + e.getMessage(), e);
        }
    }

    Optional<LocalDate> lastCompleted() {
        String last = jdbc.queryForObject("""
                SELECT max(p.parameter_value)
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p
                  ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'date'
                WHERE i.job_name = ? AND e.status = 'COMPLETED'
                """, String.class, NIGHTLY);
        return Optional.ofNullable(last).map(LocalDate::parse);
    }
}
