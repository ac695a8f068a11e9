package com.retention.jobs.db;

import com.retention.jobs.io.Utf8Writer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one {@code COPY ... FROM STDIN} (text format) on the caller's connection: the
 * call-list policy writes a day's decisions, call tasks and notifications this way, and the demo
 * loads its operator, since one batched statement per row costs a parse, bind and round trip share
 * each. Values are escaped as the text format wants (null is {@code \N}) and encoded as they come
 * into a buffer sent as it fills, so memory stays flat and no per-row String is built.
 * Closing without {@link #finish()} cancels the COPY.
 */
public final class CopyRows implements AutoCloseable {

    private final PGCopyOutputStream copy;
    private final Utf8Writer out;
    private boolean rowStarted;
    private long rows;

    private CopyRows(PGCopyOutputStream copy) {
        this.copy = copy;
        this.out = new Utf8Writer(copy);
    }

    /** Starts {@code copySql} ({@code COPY table (columns) FROM STDIN}) on this connection. */
    public static CopyRows open(Connection connection, String copySql) throws SQLException {
        return new CopyRows(new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql));
    }

    /** A text value, or null. */
    public CopyRows text(String value) throws SQLException {
        separate();
        try {
            if (value == null) {
                out.write("\\N");
                return this;
            }
            int plainFrom = 0;
            for (int i = 0, n = value.length(); i < n; i++) {
                String escape = escape(value.charAt(i));
                if (escape != null) {
                    out.write(value, plainFrom, i - plainFrom);
                    out.write(escape);
                    plainFrom = i + 1;
                }
            }
            out.write(value, plainFrom, value.length() - plainFrom);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    /**
     * A value whose {@code toString()} is already valid input for its column and holds no tab, newline or
     * backslash: numbers, {@code LocalDate}, {@code Instant} (ISO 8601, read by timestamptz), "t"/"f", or null.
     */
    public CopyRows value(Object value) throws SQLException {
        return plain(value == null ? "\\N" : value.toString());
    }

    public CopyRows value(long value) throws SQLException {
        return plain(Long.toString(value));
    }

    public void endRow() throws SQLException {
        try {
            out.write('\n');
        } catch (IOException e) {
            throw failed(e);
        }
        rowStarted = false;
        rows++;
    }

    /** Sends what is left and ends the COPY. @return rows the server took */
    public long finish() throws SQLException {
        try {
            out.finish();
        } catch (IOException e) {
            throw failed(e);
        }
        long copied = copy.endCopy();
        if (copied != rows) {
            throw new IllegalStateException("COPY took " + copied + " rows of " + rows);
        }
        return copied;
    }

    private static String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> null;
        };
    }

    private CopyRows plain(String text) throws SQLException {
        separate();
        try {
            out.write(text);
        } catch (IOException e) {
            throw failed(e);
        }
        return this;
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            try {
                out.write('\t');
            } catch (IOException e) {
                throw failed(e);
            }
        }
        rowStarted = true;
    }

    /** The stream wraps the driver's error; the caller wants the driver's. */
    private static SQLException failed(IOException e) {
        return e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
