package com.retention.jobs.ingest.parse;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A cell as a person reads it: numbers without a spurious ".0" or exponent, dates in ISO form. */
public final class CellText {

    private CellText() {
    }

    /** The cell's text, stripped; null when empty. */
    public static String of(Object cell) {
        String text;
        if (cell == null) {
            return null;
        } else if (cell instanceof String s) {
            text = strip(s);
        } else if (cell instanceof Double d) {
            text = number(d);
        } else if (cell instanceof LocalDateTime t) {
            text = t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
        } else if (cell instanceof Boolean b) {
            text = b ? "TRUE" : "FALSE";
        } else {
            text = cell.toString().strip();
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** Also strips the non-breaking spaces spreadsheets leave around values, which String.strip keeps. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
