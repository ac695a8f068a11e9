package com.retention.domain.shifts;

import com.retention.domain.contact.HolidayCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which team calls a task and when, once shifts are known: the routed team within its shift, else
 * its {@code overflow} team (a centre further east or west) within that one's; else nobody on D and
 * the call carries over ({@code NO_SHIFT}). A team without a roster calls whenever the subscriber may
 * be called, as before shifts existed.
 */
public final class ShiftRouting {

    /** The team that calls and the time it may call in. */
    public record Placed(String team, Interval window) {
    }

    private final Map<String, TeamRoster> rosters;
    private final Map<String, String> overflow;
    private final HolidayCalendar calendar;

    public ShiftRouting(Map<String, TeamRoster> rosters, Map<String, String> overflow, HolidayCalendar calendar) {
        this.rosters = Map.copyOf(rosters);
        this.overflow = Map.copyOf(overflow);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** No team has a roster. */
    public static ShiftRouting none(HolidayCalendar calendar) {
        return new ShiftRouting(Map.of(), Map.of(), calendar);
    }

    public boolean hasRosters() {
        return !rosters.isEmpty();
    }

    /** When {@code team} itself may call within the window on D (its roster's part of it), if ever. */
    public Optional<Interval> callableBy(String team, Interval subscriberWindow, LocalDate day) {
        return within(team, subscriberWindow, day).map(Placed::window);
    }

    /** Empty: no team can call within the subscriber's window on D (the call carries over, NO_SHIFT). */
    public Optional<Placed> place(String team, Interval subscriberWindow, LocalDate day) {
        Optional<Placed> own = within(team, subscriberWindow, day);
        if (own.isPresent()) {
            return own;
        }
        String next = overflow.get(team);
        return next == null ? Optional.empty() : within(next, subscriberWindow, day);
    }

    private Optional<Placed> within(String team, Interval window, LocalDate day) {
        TeamRoster roster = rosters.get(team);
        if (roster == null) {
            return Optional.of(new Placed(team, window));
        }
        return roster.callableWithin(window, day, calendar).map(w -> new Placed(team, w));
    }
}
