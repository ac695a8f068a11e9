package com.retention.jobs.calllists.policy;

import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.db.CopyRows;
import com.retention.jobs.messages.MessageRenderer;
import com.retention.jobs.messages.RenderedMessage;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a notification for every SENT candidate of D, streaming in candidate order: the text
 * rendered from the step's template in the subscriber's language, and its SMS part count.
 * Ids are {@code N<yyyyMMdd>-000001}... (seven digits and more past 999 999); rows go in by COPY
 * ({@link ContactCopy}).
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

    long write(CallListDay day, ZoneResolver zones) {
        LocalDate date = day.date();
        String prefix = "N" + DateTimeFormatter.BASIC_ISO_DATE.format(date) + "-";
        // An outage over a city can notify millions in a day: past 999 999 the number just grows.
        return ContactCopy.copy(sessions, day, DecisionWriter.SENT, false, COPY, "notifications",
                (copy, row, number) -> notification(copy, row, prefix + TaskNumbers.sixDigits(number), date, zones));
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
