package com.retention.jobs.calllists.files;

import com.retention.jobs.csv.CsvLayout;
import com.retention.jobs.csv.FormulaGuard;
import com.retention.jobs.exports.OutputExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** {@code export notifications}: {@code notifications/D/outbox.csv}, the SMS and e-mail of D by id. */
@Component
public class NotificationExporter implements OutputExporter {

    static final CsvLayout<OutboxLine> OUTBOX = CsvLayout.<OutboxLine>builder()
            .safe("notification_id", l -> l.notificationId)
            .text("subscriber_id", l -> l.subscriberId)
            .safe("channel", l -> l.channel)
            // E.164 phones go as they are (a leading + is no formula in a text column); e-mail addresses are free text
            .safe("to", l -> "SMS".equals(l.channel) ? l.toAddress : FormulaGuard.neutralise(l.toAddress))
            .text("campaign", l -> l.campaign)
            .text("step", l -> l.step)
            .text("outage_id", l -> l.outageId)
            .safe("template", l -> l.template)
            .text("text", l -> l.text)
            .safe("segments", l -> l.segments)
            .build();

    private final SqlSessionFactory sessions;

    public NotificationExporter(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public String what() {
        return "notifications";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        write(date, outDir);
    }

    public long write(LocalDate date, Path outDir) {
        Path target = outDir.resolve("notifications").resolve(date.toString()).resolve("outbox.csv");
        try (SqlSession session = sessions.openSession();
             Cursor<OutboxLine> lines = session.getMapper(FilesMapper.class).outbox(date)) {
            return OUTBOX.write(target, lines.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
