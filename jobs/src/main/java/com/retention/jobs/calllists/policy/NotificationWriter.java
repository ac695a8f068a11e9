package com.retention.jobs.calllists.policy;

import com.retention.jobs.messages.MessageRenderer;
import com.retention.jobs.messages.RenderedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a notification for every SENT candidate of D, streaming in candidate order: the text
 * rendered from the step's template in the subscriber's language, and its SMS part count.
 * Ids are {@code N<yyyyMMdd>-000001}... (seven digits and more past 999 999); rows go in by COPY on a connection of their own.
 */
final class NotificationWriter {

    private static final String COPY = "COPY notification (notification_id, business_date, candidate_id, subscriber_id, "
            + "channel, to_address, campaign, step, outage_id, template, text, segments) FROM STDIN";

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
             SqlSession write = sessions.openSession();
             Cursor<ContactRow> rows = read.selectCursor(PolicyMapper.SELECT_CONTACTS, query);
             CopyRows copy = CopyRows.open(write.getConnection(), COPY)) {
            for (ContactRow row : rows) {
                // An outage over a city can notify millions in a day: past 999 999 the number just grows.
                notification(copy, row, prefix + TaskNumbers.sixDigits(++written), date, zones);
            }
            copy.finish();
            write.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the notifications of " + date + ": " + e.getMessage(), e);
        }
        return written;
    }

    private void notification(CopyRows copy, ContactRow row, String id, LocalDate date, ZoneResolver zones)
            throws SQLException {
        RenderedMessage message = renderer.renderNotification(row.step, ContactModels.of(row, zones.resolve(row.zone)));
        boolean sms = "SMS".equals(row.channel);
        copy.text(id).value(date).value(row.candidateId).text(row.subscriberId).text(row.channel)
                .text(sms ? row.phone : row.email).text(row.campaign).text(row.step).text(row.outageId)
                .text(message.template()).text(message.text()).value(sms ? message.segments() : 0)
                .endRow();
    }
}
