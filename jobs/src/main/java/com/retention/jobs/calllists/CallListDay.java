package com.retention.jobs.calllists;

import com.retention.jobs.launch.BusinessDay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The business date the call lists are built for, with the values every query of the job binds
 * ({@code #{day.…}} in the mappers' XML; MyBatis reads a record's methods as its properties):
 * the reference time (D 00:00 in the operator's zone), the operator's zone (the fall-back for areas
 * without one), the three full months before D's month (monthly revenue) and the oldest carried-over
 * contact still allowed.
 */
public record CallListDay(LocalDate date, OffsetDateTime referenceTime, ZoneId operatorZone, int carryOverMaxDays) {

    public static CallListDay of(BusinessDay day, int carryOverMaxDays) {
        return new CallListDay(day.date(), OffsetDateTime.ofInstant(day.referenceTime(), ZoneOffset.UTC),
                day.operatorZone(), carryOverMaxDays);
    }

    /** D-1, whose postponed contacts D takes up. */
    public LocalDate previousDate() {
        return date.minusDays(1);
    }

    /** D-29: the first day of the contact history (caps, retries, callbacks) a query reads. */
    public LocalDate historyFrom() {
        return date.minusDays(29);
    }

    /** The operator's zone as SQL's {@code AT TIME ZONE} takes it. */
    public String operatorZoneId() {
        return operatorZone.getId();
    }

    /** The first of the three full months before D's month (monthly revenue). */
    public LocalDate revenueFrom() {
        return date.withDayOfMonth(1).minusMonths(3);
    }

    /** The first day of D's month, the end (exclusive) of the revenue months. */
    public LocalDate revenueTo() {
        return date.withDayOfMonth(1);
    }

    /** The oldest first-due day a carried-over contact may have. */
    public LocalDate oldestCarried() {
        return date.minusDays(carryOverMaxDays);
    }
}
