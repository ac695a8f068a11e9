package com.retention.jobs.calllists.policy;

import com.retention.jobs.db.CopyRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

    /** @return rows written; {@code what} names them in an error ("call tasks") */
    static long copy(SqlSessionFactory sessions, Map<String, Object> day, String decision, String copySql,
                     String what, LocalDate date, RowWriter writer) {
        Map<String, Object> query = new HashMap<>(day);
        query.put("decision", decision);
        long written = 0;
        try (SqlSession read = sessions.openSession();
             SqlSession write = sessions.openSession();
             Cursor<ContactRow> rows = read.getMapper(PolicyMapper.class).selectContacts(query);
             CopyRows copy = CopyRows.open(write.getConnection(), copySql)) {
            for (ContactRow row : rows) {
                writer.write(copy, row, ++written);
            }
            copy.finish();
            write.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the " + what + " of " + date + ": " + e.getMessage(), e);
        }
        return written;
    }
}
