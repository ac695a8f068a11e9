package com.retention.jobs.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * How money, dates and times read in each language: {@code 1 234,50 ₽} and {@code 21.11.2026}
 * in Russian, {@code 1,234.50 RUB} and {@code 2026-11-21} in English; times in the subscriber's
 * zone. Done here rather than in the templates so an edited template cannot get them wrong.
 */
final class MessageFormats {

    static final Set<String> LANGUAGES = Set.of("ru", "en");

    private final boolean russian;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private MessageFormats(boolean russian) {
        this.russian = russian;
        this.date = DateTimeFormatter.ofPattern(russian ? "dd.MM.uuuu" : "uuuu-MM-dd");
        this.time = DateTimeFormatter.ofPattern("HH:mm");
    }

    private static final MessageFormats RU = new MessageFormats(true);
    private static final MessageFormats EN = new MessageFormats(false);

    static MessageFormats of(String language) {
        return "en".equals(language) ? EN : RU;
    }

    String money(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = group(plain.substring(0, dot), russian ? ' ' : ',');
        String sign = rounded.signum() < 0 ? "-" : "";
        String cents = plain.substring(dot + 1);
        return russian ? sign + whole + "," + cents + " ₽" : sign + whole + "." + cents + " RUB";
    }

    private static String group(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    String dateTime(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return date.format(local) + " " + time.format(local);
    }

    /** {@code 21.11.2026 10:00–14:00} within a day, both ends in full across days, the start alone when open. */
    String window(Instant start, Instant end, ZoneId zone) {
        if (end == null) {
            return (russian ? "с " : "from ") + dateTime(start, zone);
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return date.format(from) + " " + time.format(from) + "–" + time.format(to);
        }
        return dateTime(start, zone) + " – " + dateTime(end, zone);
    }
}
