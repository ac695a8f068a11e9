package com.retention.jobs.scheduling;

import com.retention.jobs.launch.OperatorProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the schedule looks like now, read from the clustered Quartz store (so any node, or a command,
 * sees the same): each schedule's next and previous fire time, the nights not completed within the
 * catch-up window, and the serve nodes with their last check-in.
 */
@Service
public class ScheduleStatus {

    public record Schedule(String name, String cron, OffsetDateTime next, OffsetDateTime previous, boolean registered) {
    }

    /** Alive: checked in within its interval plus the 7.5 s of grace after which Quartz takes its work over. */
    public record Node(String instance, OffsetDateTime lastCheckIn, long checkInIntervalMs, boolean alive) {
    }

    public record View(List<Schedule> schedules, List<LocalDate> missedNights, List<Node> nodes) {
    }

    private final Scheduler scheduler;
    private final ScheduleProperties schedule;
    private final NightlyCatchUp catchUp;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public ScheduleStatus(Scheduler scheduler, ScheduleProperties schedule, NightlyCatchUp catchUp, JdbcTemplate jdbc,
            OperatorProperties operator) {
        this.scheduler = scheduler;
        this.schedule = schedule;
        this.catchUp = catchUp;
        this.jdbc = jdbc;
        this.zone = operator.timezone();
    }

    public View now() {
        try {
            List<Schedule> schedules = List.of(
                    schedule(ServeScheduler.NIGHTLY, schedule.nightlyCron()),
                    schedule(ServeScheduler.OUTAGES, schedule.outagesCron()),
                    schedule(ServeScheduler.INBOX, schedule.inboxCron()),
                    schedule(ServeScheduler.QA_SAMPLE, schedule.qaCron()),
                    schedule(ServeScheduler.DELIVER, schedule.deliverCron()),
                    schedule(ServeScheduler.SAVE_DESK, schedule.saveDeskCron()));
            return new View(schedules, catchUp.dueDates(), nodes());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedule: " + e.getMessage(), e);
        }
    }

    /**
     * The stored trigger once a serve node registered it; until then only the configured cron. Read
     * from the store's table, as the nodes are: the same answer in any process, started or not.
     */
    private Schedule schedule(JobKey key, String cron) throws SchedulerException {
        List<Schedule> stored = jdbc.query("""
                SELECT next_fire_time, prev_fire_time FROM qrtz_triggers
                WHERE sched_name = ? AND trigger_name = ? AND trigger_group = ?
                """, (rs, n) -> new Schedule(key.getName(), cron, at(rs.getLong("next_fire_time")),
                        at(rs.getLong("prev_fire_time")), true),
                scheduler.getSchedulerName(), key.getName(), key.getGroup());
        return stored.isEmpty() ? new Schedule(key.getName(), cron, null, null, false) : stored.get(0);
    }

    private List<Node> nodes() throws SchedulerException {
        long now = System.currentTimeMillis();
        return jdbc.query("""
                SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state
                WHERE sched_name = ? ORDER BY instance_name
                """, (rs, n) -> {
                    long last = rs.getLong("last_checkin_time");
                    long interval = rs.getLong("checkin_interval");
                    return new Node(rs.getString("instance_name"), at(last), interval,
                            now - last <= interval + 7500);
                }, scheduler.getSchedulerName());
    }

    /** Quartz stores times as epoch milliseconds, and -1 or 0 for none. */
    private OffsetDateTime at(long epochMillis) {
        return epochMillis <= 0 ? null : Instant.ofEpochMilli(epochMillis).atZone(zone).toOffsetDateTime();
    }
}
