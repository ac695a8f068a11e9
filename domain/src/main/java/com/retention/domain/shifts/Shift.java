package com.retention.domain.shifts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One crew's working hours on a day, in the team's zone: from {@code start} to {@code end}, the end on
 * the next day when it is not after the start (a night shift, 20:00-08:00); {@code breakMinutes} of it
 * are not spent on calls.
 */
public record Shift(LocalTime start, LocalTime end, int breakMinutes) {

    public Shift {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (breakMinutes < 0) {
            throw new IllegalArgumentException("break minutes must be >= 0: " + breakMinutes);
        }
        if (breakMinutes >= length(start, end).toMinutes()) {
            throw new IllegalArgumentException("a shift of " + start + "-" + end + " has no time left after a break of "
                    + breakMinutes + " minutes");
        }
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** The hours an agent of the crew spends on calls. */
    public double productiveHours() {
        return (length(start, end).toMinutes() - breakMinutes) / 60.0;
    }

    /** The shift that starts on {@code day} as instants. */
    public Interval on(LocalDate day, ZoneId zone) {
        Instant from = day.atTime(start).atZone(zone).toInstant();
        Instant to = (crossesMidnight() ? day.plusDays(1) : day).atTime(end).atZone(zone).toInstant();
        return new Interval(from, to);
    }

    private static Duration length(LocalTime start, LocalTime end) {
        Duration d = Duration.between(start, end);
        return end.isAfter(start) ? d : d.plusDays(1);
    }
}
