package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CallWindow;
import com.retention.domain.contact.CallWindows;
import com.retention.domain.shifts.Interval;
import com.retention.domain.shifts.ShiftRouting;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.db.CopyRows;
import com.retention.jobs.messages.MessageRenderer;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a call_task for every LISTED candidate of D, streaming in team and rank order, which also
 * numbers the task ids ({@code yyyyMMdd-000001}...): the same decisions give the same ids. The window
 * is the subscriber's calling window on D, narrowed to the part the team's shift covers when the team
 * works shifts; a callback narrows it to start at the agreed time. Rows go in by COPY ({@link ContactCopy}).
 */
final class CallTaskWriter {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_TASKS = 999_999;
    private static final String COPY = "COPY call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, "
            + "phone, campaign, step, earliest_utc, latest_utc, local_window, attempt, script, status) FROM STDIN";

    private final SqlSessionFactory sessions;
    private final CallWindows windows;
    private final ShiftRouting shifts;
    private final MessageRenderer renderer;

    CallTaskWriter(SqlSessionFactory sessions, CallWindows windows, ShiftRouting shifts, MessageRenderer renderer) {
        this.sessions = sessions;
        this.windows = windows;
        this.shifts = shifts;
        this.renderer = renderer;
    }

    long write(CallListDay day, ZoneResolver zones) {
        return write(day, zones, false, 0);
    }

    /**
     * An intraday top-up: the tasks of D's listed calls that have none yet, numbered from {@code after}
     * + 1, D's last task.
     */
    long writeNew(CallListDay day, ZoneResolver zones, long after) {
        return write(day, zones, true, after);
    }

    private long write(CallListDay day, ZoneResolver zones, boolean withoutTask, long after) {
        LocalDate date = day.date();
        String prefix = YYYYMMDD.format(date) + "-";
        return ContactCopy.copy(sessions, day, DecisionWriter.LISTED, withoutTask, COPY, "call tasks", (copy, row, n) -> {
            long number = after + n;
            if (number > MAX_TASKS) {
                throw new IllegalStateException("more than " + MAX_TASKS + " call tasks on " + date
                        + ": task ids have 6 digits; lower the team capacities");
            }
            task(copy, row, prefix + TaskNumbers.sixDigits(number), date, zones.resolve(row.zone));
        });
    }

    private void task(CopyRows copy, ContactRow row, String taskId, LocalDate date, ZoneId zone) throws SQLException {
        CallWindow window = onShift(row.team, windows.windowFor(zone, date), date);
        Instant earliest = window.earliest();
        if (row.callbackAt != null && window.contains(row.callbackAt.toInstant())
                && row.callbackAt.toInstant().isBefore(window.latest())) {
            earliest = row.callbackAt.toInstant();
        }
        String script = renderer.renderScript(row.campaign, row.step, ContactModels.of(row, zone)).text();
        copy.text(taskId).value(date).value(row.candidateId).text(row.team).value(row.listRank)
                .text(row.subscriberId).text(row.phone).text(row.campaign).text(row.step)
                .value(earliest).value(window.latest()).text(window.display()).value(row.attempt)
                .text(script).text("OPEN")
                .endRow();
    }

    /** The part of the window the team's shift covers (the policy listed the call only if there is one). */
    private CallWindow onShift(String team, CallWindow window, LocalDate date) {
        if (!shifts.hasRosters()) {
            return window;
        }
        Interval callable = shifts.callableBy(team, new Interval(window.earliest(), window.latest()), date)
                .orElseThrow(() -> new IllegalStateException(team + " has no shift within " + window.display()
                        + " on " + date + ", yet the call was listed"));
        ZoneId zone = window.zone();
        return new CallWindow(date, zone, callable.from().atZone(zone).toLocalTime(),
                callable.to().atZone(zone).toLocalTime(), callable.from(), callable.to());
    }
}
