package com.retention.jobs.outcomes;

import com.retention.jobs.csv.CsvLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes {@code handover/D/complaints.csv}, the escalation file: every COMPLAINT of D's list, read
 * from the database each time, so after any number of imports it holds all of them once. The
 * agent's note is free text and is neutralised against formulas.
 */
@Component
public class ComplaintsFile {

    static final CsvLayout<ComplaintLine> LAYOUT = CsvLayout.<ComplaintLine>builder()
            .safe("task_id", ComplaintLine::taskId)
            .safe("subscriber_id", ComplaintLine::subscriberId)
            .safe("phone", ComplaintLine::phone)
            .text("agent", ComplaintLine::agent)
            .text("note", ComplaintLine::note)
            .build();

    private final SqlSessionFactory cursors;

    public ComplaintsFile(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursors) {
        this.cursors = cursors;
    }

    public static Path pathFor(Path outputRoot, LocalDate day) {
        return outputRoot.resolve("handover").resolve(day.toString()).resolve("complaints.csv");
    }

    /** Returns the number of complaints written. */
    public long write(LocalDate day, Path outputRoot) {
        try (SqlSession session = cursors.openSession();
                Cursor<ComplaintLine> rows = session.getMapper(OutcomeMapper.class).complaints(day)) {
            return LAYOUT.write(pathFor(outputRoot, day), rows.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
