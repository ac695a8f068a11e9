package com.retention.jobs.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates ({@code 2026-11-21}, {@code 21.11.2026}, date cells), timestamps ({@code 2026-11-21T14:30},
 * {@code 21.11.2026 14:30}, local to the operator unless an offset is given) and months ({@code 2026-11}).
 */
final class TimeParser {

    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED_TIME = DateTimeFormatter.ofPattern("d.M.uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED_MONTH = DateTimeFormatter.ofPattern("M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final ZoneId operatorZone;

    TimeParser(ZoneId operatorZone) {
        this.operatorZone = operatorZone;
    }

    LocalDate date(Object cell) throws BadValueException {
        if (cell instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (!(cell instanceof String)) {
            throw new BadValueException("not a date (use 2026-11-21 or 21.11.2026)");
        }
        String text = withoutMidnight(CellText.strip((String) cell));
        try {
            return text.indexOf('.') > 0 ? LocalDate.parse(text, DOTTED_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadValueException("not a date (use 2026-11-21 or 21.11.2026)");
        }
    }

    Instant timestamp(Object cell) throws BadValueException {
        if (cell instanceof LocalDateTime t) {
            return t.atZone(operatorZone).toInstant();
        }
        if (!(cell instanceof String)) {
            throw new BadValueException("not a date and time (use 2026-11-21T14:30 or 21.11.2026 14:30)");
        }
        String text = CellText.strip((String) cell);
        try {
            if (text.indexOf('.') > 0 && text.indexOf('.') < 3) {
                return text.indexOf(' ') > 0 ? LocalDateTime.parse(text, DOTTED_TIME).atZone(operatorZone).toInstant()
                        : LocalDate.parse(text, DOTTED_DATE).atStartOfDay(operatorZone).toInstant();
            }
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(operatorZone).toInstant();
            }
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso.replace(" ", "")).toInstant();
            }
            return LocalDateTime.parse(iso).atZone(operatorZone).toInstant();
        } catch (DateTimeException e) {
            throw new BadValueException("not a date and time (use 2026-11-21T14:30 or 21.11.2026 14:30)");
        }
    }

    LocalDate month(Object cell) throws BadValueException {
        if (cell instanceof LocalDateTime t) {
            return t.toLocalDate().withDayOfMonth(1);
        }
        if (!(cell instanceof String)) {
            throw new BadValueException("not a month (use 2026-11)");
        }
        String text = CellText.strip((String) cell);
        try {
            if (text.length() == 7 && text.charAt(4) == '-') {
                return YearMonth.parse(text).atDay(1);
            }
            if (text.indexOf('.') > 0 && text.indexOf('.') == text.lastIndexOf('.')) {
                return YearMonth.parse(text, DOTTED_MONTH).atDay(1);
            }
        } catch (DateTimeParseException e) {
            throw new BadValueException("not a month (use 2026-11)");
        }
        try {
            return date(cell).withDayOfMonth(1);
        } catch (BadValueException e) {
            throw new BadValueException("not a month (use 2026-11)");
        }
    }

    /** {@code 2026-11-21 00:00:00}, as spreadsheets export a date cell, is just the date. */
    private static String withoutMidnight(String text) {
        int space = Math.max(text.indexOf(' '), text.indexOf('T'));
        if (space > 0) {
            String time = text.substring(space + 1).strip();
            if (time.equals("00:00") || time.equals("00:00:00") || time.equals("0:00") || time.equals("0:00:00")) {
                return text.substring(0, space);
            }
        }
        return text;
    }

    private static boolean hasOffset(String iso) {
        if (iso.endsWith("Z") || iso.endsWith("z")) {
            return true;
        }
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }
}
