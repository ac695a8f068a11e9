package com.retention.domain.shifts;

import com.retention.domain.contact.HolidayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's shifts (README, "Shifts and regional centres"): its zone, pattern, agents per crew and
 * calls per productive agent-hour. Capacity on D = crews on the shift that starts on D x agents x
 * productive hours x calls per hour, rounded down. A subscriber can be called within the part of
 * their calling window a shift covers: the shift that starts on D, or one that started on D-1 and
 * runs past midnight; when both cover some of it, the longer part (the earlier on a tie).
 */
public record TeamRoster(ZoneId zone, ShiftPattern pattern, int agentsPerCrew, double callsPerHour) {

    public TeamRoster {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(pattern, "pattern");
        if (agentsPerCrew < 0 || callsPerHour < 0) {
            throw new IllegalArgumentException("agents per crew and calls per hour must be >= 0");
        }
    }

    public int callsOn(LocalDate day, HolidayCalendar calendar) {
        return (int) Math.floor(pattern.crewsOn(day, calendar) * agentsPerCrew * pattern.shift().productiveHours()
                * callsPerHour);
    }

    /** The productive agent-hours on shift on D, which the agent sheet compares calls with. */
    public double agentHoursOn(LocalDate day, HolidayCalendar calendar) {
        return pattern.crewsOn(day, calendar) * agentsPerCrew * pattern.shift().productiveHours();
    }

    /** The team's working time that starts on D, or empty when nobody works. */
    public Optional<Interval> workingOn(LocalDate day, HolidayCalendar calendar) {
        return pattern.crewsOn(day, calendar) == 0 ? Optional.empty() : Optional.of(pattern.shift().on(day, zone));
    }

    /** When this team may call a subscriber whose calling window on D is {@code window}; empty when never. */
    public Optional<Interval> callableWithin(Interval window, LocalDate day, HolidayCalendar calendar) {
        Optional<Interval> fromYesterday = pattern.shift().crossesMidnight()
                ? workingOn(day.minusDays(1), calendar).flatMap(window::intersect) : Optional.empty();
        Optional<Interval> fromToday = workingOn(day, calendar).flatMap(window::intersect);
        if (fromYesterday.isEmpty()) {
            return fromToday;
        }
        if (fromToday.isEmpty()) {
            return fromYesterday;
        }
        return fromToday.get().length().compareTo(fromYesterday.get().length()) > 0 ? fromToday : fromYesterday;
    }
}
