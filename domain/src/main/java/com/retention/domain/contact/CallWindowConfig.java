package com.retention.domain.contact;

import java.time.LocalTime;
import java.util.Objects;

/** Calling hours in the subscriber's local time, for working days and for weekends and holidays. */
public record CallWindowConfig(LocalTime workingDayStart, LocalTime workingDayEnd,
                               LocalTime nonWorkingDayStart, LocalTime nonWorkingDayEnd) {

    public CallWindowConfig {
        requireOrdered(workingDayStart, workingDayEnd, "working day");
        requireOrdered(nonWorkingDayStart, nonWorkingDayEnd, "non-working day");
    }

    /** README: weekdays 08:00-22:00, weekends and public holidays 09:00-20:00. */
    public static CallWindowConfig defaults() {
        return new CallWindowConfig(LocalTime.of(8, 0), LocalTime.of(22, 0), LocalTime.of(9, 0), LocalTime.of(20, 0));
    }

    private static void requireOrdered(LocalTime start, LocalTime end, String what) {
        Objects.requireNonNull(start, what + " start");
        Objects.requireNonNull(end, what + " end");
        // A window must lie inside one local day: a dialer gets one earliest/latest pair per task.
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(what + " window must start before it ends: " + start + "-" + end);
        }
    }
}
