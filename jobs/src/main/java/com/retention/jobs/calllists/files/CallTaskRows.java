package com.retention.jobs.calllists.files;

import com.retention.jobs.spreadsheet.CallListRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One call task with the columns its workbook row has, for a screen that shows a task at a time:
 * the export's own query ({@code FilesMapper.callTasks}) narrowed to the task, so the screen and the
 * workbook cannot disagree on what a task says.
 */
@Component
public class CallTaskRows {

    private final SqlSessionFactory sessions;

    public CallTaskRows(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The task's row on the list of {@code date}; empty when it is not on that day's list. */
    public Optional<CallListRow> row(LocalDate date, String taskId) {
        try (SqlSession session = sessions.openSession();
             Cursor<CallTaskLine> lines = session.getMapper(FilesMapper.class).callTasks(date, taskId)) {
            Iterator<CallTaskLine> first = lines.iterator();
            return first.hasNext() ? Optional.of(first.next().toRow()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
