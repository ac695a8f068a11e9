package com.retention.jobs.calllists.policy;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one {@code COPY ... FROM STDIN} (text format) on the caller's connection: the
 * policy writes a day's decisions, call tasks and notifications this way, since one batched statement
 * per row cost a parse, bind and round trip share each (most of the step's time on a large day).
 * Values are escaped as the text format wants (null is {@code \N}) and encoded to UTF-8 straight into
 * a 64 KB buffer sent as it fills, so memory stays flat and no per-row String is built.
 * Closing without {@link #finish()} cancels the COPY.
 */
final class CopyRows implements AutoCloseable {

    private static final int SIZE = 1 << 16;

    private final CopyIn copy;
    private final byte[] buffer = new byte[SIZE];
    private int length;
    private boolean rowStarted;
    private long rows;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code copySql} ({@code COPY table (columns) FROM STDIN}) on this connection. */
    static CopyRows open(Connection connection, String copySql) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
    }

    /** A text value, or null. */
    CopyRows text(String value) throws SQLException {
        separate();
        if (value == null) {
            return ascii('\\', 'N');
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> ascii('\\', '\\');
                    case '\n' -> ascii('\\', 'n');
                    case '\r' -> ascii('\\', 'r');
                    case '\t' -> ascii('\\', 't');
                    default -> ascii(c);
                }
            } else if (c < 0x800) {
                room(2);
                buffer[length++] = (byte) (0xC0 | c >> 6);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                room(4);
                buffer[length++] = (byte) (0xF0 | cp >> 18);
                buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                ascii('?'); // a lone surrogate: what String.getBytes writes for it
            } else {
                room(3);
                buffer[length++] = (byte) (0xE0 | c >> 12);
                buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /**
     * A value whose {@code toString()} is already valid input for its column and holds no tab, newline or
     * backslash: numbers, {@code LocalDate}, {@code Instant} (ISO 8601, read by timestamptz), or null.
     */
    CopyRows value(Object value) throws SQLException {
        if (value == null) {
            separate();
            return ascii('\\', 'N');
        }
        return plain(value.toString());
    }

    CopyRows value(long value) throws SQLException {
        return plain(Long.toString(value));
    }

    void endRow() throws SQLException {
        ascii('\n');
        rowStarted = false;
        rows++;
    }

    /** Sends what is left and ends the COPY. @return rows the server took */
    long finish() throws SQLException {
        flush();
        long copied = copy.endCopy();
        if (copied != rows) {
            throw new IllegalStateException("COPY took " + copied + " rows of " + rows);
        }
        return copied;
    }

    /** ASCII text with nothing to escape. */
    private CopyRows plain(String ascii) throws SQLException {
        separate();
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            buffer[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    private void separate() throws SQLException {
        if (rowStarted) {
            ascii('\t');
        }
        rowStarted = true;
    }

    private CopyRows ascii(char c) throws SQLException {
        room(1);
        buffer[length++] = (byte) c;
        return this;
    }

    private CopyRows ascii(char first, char second) throws SQLException {
        room(2);
        buffer[length++] = (byte) first;
        buffer[length++] = (byte) second;
        return this;
    }

    private void room(int bytes) throws SQLException {
        if (length + bytes > SIZE) {
            flush();
            if (bytes > SIZE) {
                throw new IllegalArgumentException("a COPY value piece of " + bytes + " bytes");
            }
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
