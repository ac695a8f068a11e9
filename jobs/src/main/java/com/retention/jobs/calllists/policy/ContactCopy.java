package com.retention.jobs.calllists.policy;

import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.db.CopyRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Streams D's candidates of one decision ({@code PolicyMapper.selectContacts}, with their template
 * data) into one COPY on a connection of its own, committed at the end: the loop that call tasks and
 * notifications share.
 */
final class ContactCopy {

    /** Writes one row; {@code number} counts the rows 1, 2, ... in the cursor's order. */
    @FunctionalInterface
    interface RowWriter {
        void write(CopyRows copy, ContactRow row, long number) throws SQLException;
    }

    private ContactCopy() {
    }

    /**
     * @param withoutTask only the candidates with no call task yet (an intraday top-up)
     * @return rows written; {@code what} names them in an error ("call tasks")
     */
    static long copy(SqlSessionFactory sessions, CallListDay day, String decision, boolean withoutTask, String copySql,
                     String what, RowWriter writer) {
        long written = 0;
        try (SqlSession read = sessions.openSession();
             SqlSession write = sessions.openSession();
             Cursor<ContactRow> rows = read.getMapper(PolicyMapper.class).selectContacts(day, decision, withoutTask);
             CopyRows copy = CopyRows.open(write.getConnection(), copySql)) {
            for (ContactRow row : rows) {
                writer.write(copy, row, ++written);
            }
            copy.finish();
            write.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the " + what + " of " + day.date() + ": " + e.getMessage(), e);
        }
        return written;
    }
}
