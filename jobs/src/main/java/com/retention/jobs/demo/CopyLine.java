package com.retention.jobs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash
 * escapes), one row at a time, straight into the COPY stream.
 */
final class CopyLine {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    private boolean fieldWritten;

    CopyLine(Writer out) {
        this.out = out;
    }

    CopyLine text(String value) {
        separator();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    CopyLine number(Object value) {
        separator();
        line.append(value == null ? "\\N" : value.toString());
        return this;
    }

    /** Kopecks as a decimal amount with two places. */
    CopyLine money(long kopecks) {
        separator();
        line.append(DemoNumbers.money(kopecks, '.'));
        return this;
    }

    CopyLine decimal(double value, int places) {
        separator();
        line.append(DemoNumbers.fixed(value, places, '.'));
        return this;
    }

    CopyLine date(LocalDate value) {
        return number(value);
    }

    CopyLine instant(Instant value) {
        return number(value);
    }

    CopyLine bool(boolean value) {
        return number(value ? "t" : "f");
    }

    void end() {
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        fieldWritten = false;
        rows++;
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (fieldWritten) {
            line.append('\t');
        }
        fieldWritten = true;
    }
}
