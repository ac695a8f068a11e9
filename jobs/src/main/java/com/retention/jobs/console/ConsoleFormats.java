package com.retention.jobs.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, money and counts as the console shows them, in the page's language: Russian
 * {@code 22.11.2026}, {@code 1 234,50}; English {@code 22.11.2026}, {@code 1,234.50}. Dates are
 * {@code dd.MM.yyyy} in both (the operator's convention). Used in templates as {@code @fmt}.
 */
@Component("fmt")
public class ConsoleFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String date(TemporalAccessor value) {
        return value == null ? "" : DATE.format(value);
    }

    public String date(String isoDate) {
        return isoDate == null || isoDate.isBlank() ? "" : DATE.format(LocalDate.parse(isoDate));
    }

    public String dateTime(LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public String time(OffsetDateTime value, ZoneId zone) {
        return value == null ? "" : TIME.format(value.atZoneSameInstant(zone));
    }

    public String money(BigDecimal value) {
        return value == null ? "" : format("#,##0.00").format(value);
    }

    public String money(Double value) {
        return value == null ? "" : format("#,##0.00").format(value);
    }

    public String count(long value) {
        return format("#,##0").format(value);
    }

    public String percent(double share) {
        return format("0.0").format(share * 100) + " %";
    }

    public String seconds(Double value) {
        return value == null ? "" : format("0.0").format(value);
    }

    /** An average rating, one decimal: {@code 4,2} in Russian. */
    public String rating(Double value) {
        return seconds(value);
    }

    private static DecimalFormat format(String pattern) {
        Locale locale = LocaleContextHolder.getLocale();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if ("ru".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u00A0'); // a space that keeps the number on one line
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat(pattern, symbols);
    }
}
