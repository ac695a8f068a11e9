package com.retention.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When a subscriber may be called on business date D: local hours in their zone, and the same
 * window as UTC instants for the dialer file ({@code earliest_utc}, {@code latest_utc}).
 */
public record CallWindow(LocalDate date, ZoneId zone, LocalTime localStart, LocalTime localEnd,
                         Instant earliest, Instant latest) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public CallWindow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(localStart, "localStart");
        Objects.requireNonNull(localEnd, "localEnd");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("window ends before it starts: " + earliest + " .. " + latest);
        }
    }

    /** The call list's {@code local_window} column, e.g. {@code 09:00–20:00 Asia/Vladivostok} (en dash). */
    public String display() {
        return HH_MM.format(localStart) + "\u2013" + HH_MM.format(localEnd) + " " + zone.getId();
    }

    /** True when the instant lies inside the window (both ends included). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(earliest) && !instant.isAfter(latest);
    }
}
