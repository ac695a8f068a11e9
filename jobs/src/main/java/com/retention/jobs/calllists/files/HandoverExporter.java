package com.retention.jobs.calllists.files;

import com.retention.jobs.csv.CsvLayout;
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

/** {@code export handover}: {@code handover/D/collections.csv}, the accounts at dunning step COLLECTIONS on D. */
@Component
public class HandoverExporter implements OutputExporter {

    static final CsvLayout<CollectionsLine> COLLECTIONS = CsvLayout.<CollectionsLine>builder()
            .text("account_id", l -> l.accountId)
            .text("subscriber_id", l -> l.subscriberId)
            .text("full_name", l -> l.fullName)
            .safe("phone", l -> l.phone)
            .safe("overdue_amount", l -> l.overdueAmount)
            .safe("days_past_due", l -> l.daysPastDue)
            .build();

    private final SqlSessionFactory sessions;

    public HandoverExporter(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public String what() {
        return "handover";
    }

    @Override
    public void export(LocalDate date, Path outDir) {
        write(date, outDir);
    }

    public long write(LocalDate date, Path outDir) {
        Path target = outDir.resolve("handover").resolve(date.toString()).resolve("collections.csv");
        try (SqlSession session = sessions.openSession();
             Cursor<CollectionsLine> lines = session.getMapper(FilesMapper.class).collections(date)) {
            return COLLECTIONS.write(target, lines.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
