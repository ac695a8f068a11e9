package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CallWindow;
import com.retention.domain.contact.CallWindows;
import com.retention.jobs.messages.MessageRenderer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a call_task for every LISTED candidate of D, streaming in team and rank order, which also
 * numbers the task ids ({@code yyyyMMdd-000001}...): the same decisions give the same ids. The window
 * is the subscriber's calling window on D; a callback narrows it to start at the agreed time.
 */
final class CallTaskWriter {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_TASKS = 999_999;
    private static final int BATCH = 1_000;

    private final SqlSessionFactory sessions;
    private final CallWindows windows;
    private final MessageRenderer renderer;

    CallTaskWriter(SqlSessionFactory sessions, CallWindows windows, MessageRenderer renderer) {
        this.sessions = sessions;
        this.windows = windows;
        this.renderer = renderer;
    }

    long write(Map<String, Object> day, LocalDate date, ZoneResolver zones) {
        Map<String, Object> query = new HashMap<>(day);
        query.put("decision", DecisionWriter.LISTED);
        String prefix = YYYYMMDD.format(date) + "-";
        long written = 0;
        try (SqlSession read = sessions.openSession();
             SqlSession write = sessions.openSession(ExecutorType.BATCH);
             Cursor<ContactRow> rows = read.selectCursor(PolicyMapper.SELECT_CONTACTS, query)) {
            for (ContactRow row : rows) {
                if (++written > MAX_TASKS) {
                    throw new IllegalStateException("more than " + MAX_TASKS + " call tasks on " + date
                            + ": task ids have 6 digits; lower the team capacities");
                }
                ZoneId zone = zones.resolve(row.zone);
                write.insert(PolicyMapper.INSERT_CALL_TASK, task(row, prefix + "%06d".formatted(written), date, zone));
                if (written % BATCH == 0) {
                    write.flushStatements();
                }
            }
            write.flushStatements();
            write.commit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return written;
    }

    private Map<String, Object> task(ContactRow row, String taskId, LocalDate date, ZoneId zone) {
        CallWindow window = windows.windowFor(zone, date);
        Instant earliest = window.earliest();
        if (row.callbackAt != null && window.contains(row.callbackAt.toInstant())
                && row.callbackAt.toInstant().isBefore(window.latest())) {
            earliest = row.callbackAt.toInstant();
        }
        Map<String, Object> task = new HashMap<>(24);
        task.put("taskId", taskId);
        task.put("businessDate", date);
        task.put("candidateId", row.candidateId);
        task.put("team", row.team);
        task.put("rank", row.listRank);
        task.put("subscriberId", row.subscriberId);
        task.put("phone", row.phone);
        task.put("campaign", row.campaign);
        task.put("step", row.step);
        task.put("earliestUtc", OffsetDateTime.ofInstant(earliest, ZoneOffset.UTC));
        task.put("latestUtc", OffsetDateTime.ofInstant(window.latest(), ZoneOffset.UTC));
        task.put("localWindow", window.display());
        task.put("attempt", row.attempt);
        task.put("script", renderer.renderScript(row.campaign, row.step, ContactModels.of(row, zone)).text());
        return task;
    }
}
