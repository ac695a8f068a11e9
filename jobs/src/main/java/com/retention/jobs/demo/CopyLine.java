package com.retention.jobs.demo;

import com.retention.jobs.db.CopyRows;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The generator's words for a COPY row (kopecks, fixed decimals, booleans) over {@link CopyRows},
 * which knows the format; unchecked, because the generator hands rows to plain callbacks.
 */
final class CopyLine {

    private final CopyRows rows;

    CopyLine(CopyRows rows) {
        this.rows = rows;
    }

    CopyLine text(String value) {
        try {
            rows.text(value);
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
        return this;
    }

    CopyLine number(Object value) {
        try {
            rows.value(value);
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
        return this;
    }

    /** Kopecks as a decimal amount with two places. */
    CopyLine money(long kopecks) {
        return number(DemoNumbers.money(kopecks, '.'));
    }

    CopyLine decimal(double value, int places) {
        return number(DemoNumbers.fixed(value, places, '.'));
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
        try {
            rows.endRow();
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
    }

    /** A failed write, carried out of the generator's callbacks. */
    static final class CopyFailed extends RuntimeException {

        CopyFailed(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
