package com.retention.jobs.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of each value type in our CSV files, so the same data always gives the same
 * bytes: plain decimals (no exponent), ISO dates, UTC instants with {@code Z} to the second, Y/N.
 */
public final class CsvValues {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CsvValues() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "Y" : "N";
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof OffsetDateTime time) {
            return INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof LocalDateTime time) {
            return LOCAL_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
