package com.retention.jobs.calllists.policy;

import com.retention.jobs.messages.MessageRenderer;
import com.retention.jobs.messages.RenderedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a notification for every SENT candidate of D, streaming in candidate order: the text
 * rendered from the step's template in the subscriber's language, and its SMS part count.
 * Ids are {@code N<yyyyMMdd>-000001}...
 */
final class NotificationWriter {

    private static final int MAX_NOTIFICATIONS = 999_999;
    private static final int BATCH = 1_000;

    private final SqlSessionFactory sessions;
    private final MessageRenderer renderer;

    NotificationWriter(SqlSessionFactory sessions, MessageRenderer renderer) {
        this.sessions = sessions;
        this.renderer = renderer;
    }

    long write(Map<String, Object> day, LocalDate date, ZoneResolver zones) {
        Map<String, Object> query = new HashMap<>(day);
        query.put("decision", DecisionWriter.SENT);
        String prefix = "N" + DateTimeFormatter.BASIC_ISO_DATE.format(date) + "-";
        long written = 0;
        try (SqlSession read = sessions.openSession();
             SqlSession write = sessions.openSession(ExecutorType.BATCH);
             Cursor<ContactRow> rows = read.selectCursor(PolicyMapper.SELECT_CONTACTS, query)) {
            for (ContactRow row : rows) {
                if (++written > MAX_NOTIFICATIONS) {
                    throw new IllegalStateException("more than " + MAX_NOTIFICATIONS + " notifications on " + date
                            + ": notification ids have 6 digits");
                }
                write.insert(PolicyMapper.INSERT_NOTIFICATION, notification(row, prefix + "%06d".formatted(written), date, zones));
                if (written % BATCH == 0) {
                    write.flushStatements();
                }
            }
            write.flushStatements();
            write.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private Map<String, Object> notification(ContactRow row, String id, LocalDate date, ZoneResolver zones) {
        RenderedMessage message = renderer.renderNotification(row.step, ContactModels.of(row, zones.resolve(row.zone)));
        boolean sms = "SMS".equals(row.channel);
        Map<String, Object> n = new HashMap<>(16);
        n.put("notificationId", id);
        n.put("businessDate", date);
        n.put("candidateId", row.candidateId);
        n.put("subscriberId", row.subscriberId);
        n.put("channel", row.channel);
        n.put("toAddress", sms ? row.phone : row.email);
        n.put("campaign", row.campaign);
        n.put("step", row.step);
        n.put("outageId", row.outageId);
        n.put("template", message.template());
        n.put("text", message.text());
        n.put("segments", sms ? message.segments() : 0);
        return n;
    }
}
