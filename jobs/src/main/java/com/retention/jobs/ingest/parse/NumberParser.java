package com.retention.jobs.ingest.parse;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Decimals as people type them: {@code 1234.56}, {@code 1234,56}, {@code 1 234,56} (also with a non-breaking space). */
final class NumberParser {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+([.,]\\d+)?");

    private NumberParser() {
    }

    static BigDecimal parse(Object cell) throws BadValueException {
        if (cell instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new BadValueException("not a number");
            }
            return BigDecimal.valueOf(d);
        }
        if (!(cell instanceof String)) {
            throw new BadValueException("not a number");
        }
        String text = CellText.strip((String) cell);
        if (hasSpace(text)) {
            if (!GROUPED.matcher(text).matches()) {
                throw new BadValueException("not a number");
            }
            text = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        }
        int comma = text.indexOf(',');
        if (comma >= 0) {
            if (text.indexOf('.') >= 0 || text.indexOf(',', comma + 1) >= 0) {
                throw new BadValueException("not a number (use 1234.56 or 1234,56)");
            }
            text = text.replace(',', '.');
        }
        if (!plainDecimal(text)) {
            throw new BadValueException("not a number");
        }
        return new BigDecimal(text);
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F') {
                return true;
            }
        }
        return false;
    }

    /** Digits with at most one point and an optional leading minus; no exponent, no plus sign. */
    private static boolean plainDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point && digits) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && !text.endsWith(".");
    }
}
