package com.retention.domain.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days are non-working, for the calling windows: Saturdays, Sundays and the listed public
 * holidays (including the days the government moves a day off to), except the listed transferred
 * working days (a Saturday made a working day). Both are plain date lists so they bind from config.
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingDays) {

    public HolidayCalendar {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        workingDays = workingDays == null ? Set.of() : Set.copyOf(workingDays);
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workingDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("dates both holiday and working day: " + both);
        }
    }

    /** No holidays: only weekends are non-working. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of(), Set.of());
    }

    /** The Russian production calendar this release ships with (2026 and 2027). */
    public static HolidayCalendar defaults() {
        return RussianCalendar.years2026and2027();
    }

    public boolean isNonWorkingDay(LocalDate date) {
        if (workingDays.contains(date)) {
            return false;
        }
        if (holidays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** This calendar with another's dates added (e.g. the shipped years plus a newly published year). */
    public HolidayCalendar plus(HolidayCalendar other) {
        Set<LocalDate> allHolidays = new HashSet<>(holidays);
        allHolidays.addAll(other.holidays);
        Set<LocalDate> allWorking = new HashSet<>(workingDays);
        allWorking.addAll(other.workingDays);
        return new HolidayCalendar(allHolidays, allWorking);
    }
}
