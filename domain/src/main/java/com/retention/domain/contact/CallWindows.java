package com.retention.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * Computes a subscriber's calling window for a business date from the configured hours and the
 * holiday calendar. Russian zones have no DST today, but the zone comes from config and any zone
 * must stay correct, so clock changes are resolved towards the inside of the window: a dialer
 * never gets an instant at which the local clock shows a time outside the hours.
 */
public final class CallWindows {

    private final CallWindowConfig config;
    private final HolidayCalendar calendar;

    public CallWindows(CallWindowConfig config, HolidayCalendar calendar) {
        this.config = Objects.requireNonNull(config, "config");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public CallWindow windowFor(ZoneId zone, LocalDate date) {
        Objects.requireNonNull(zone, "zone");
        boolean nonWorking = calendar.isNonWorkingDay(date);
        LocalTime start = nonWorking ? config.nonWorkingDayStart() : config.workingDayStart();
        LocalTime end = nonWorking ? config.nonWorkingDayEnd() : config.workingDayEnd();
        Instant earliest = earliestAtOrAfter(zone.getRules(), date.atTime(start));
        Instant latest = latestAtOrBefore(zone.getRules(), date.atTime(end));
        if (latest.isBefore(earliest)) {
            // Both ends inside one repeated hour: the clock passes the window twice; take the first pass.
            List<ZoneOffset> startOffsets = zone.getRules().getValidOffsets(date.atTime(start));
            if (!startOffsets.isEmpty()) {
                earliest = date.atTime(start).toInstant(startOffsets.get(0));
            }
        }
        if (latest.isBefore(earliest)) {
            // The whole window lies inside a clock jump and never shows on the clock: collapse it to the
            // jump. Impossible with sane hours (no zone jumps between 04:00 and 22:00 local).
            latest = earliest;
        }
        return new CallWindow(date, zone, start, end, earliest, latest);
    }

    /** First instant at which the local clock shows {@code local} or later (for the rest of the window). */
    private static Instant earliestAtOrAfter(ZoneRules rules, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            // In a gap the clock jumps over the start: the window opens at the jump.
            return rules.getTransition(local).getInstant();
        }
        // In an overlap take the second occurrence: after the first one the clock goes back before start.
        return local.toInstant(offsets.get(offsets.size() - 1));
    }

    /** Last instant at which the local clock shows {@code local} or earlier. */
    private static Instant latestAtOrBefore(ZoneRules rules, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            // The clock jumps from before the end to after it: the window closes just before the jump.
            return gap.getInstant().minusSeconds(1); // whole seconds for the dialer file
        }
        // In an overlap take the first occurrence, the earlier instant.
        return local.toInstant(offsets.get(0));
    }
}
