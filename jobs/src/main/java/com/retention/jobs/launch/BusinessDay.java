package com.retention.jobs.launch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business date D of a run: the data up to the end of D-1, decided as of the reference time
 * (D 00:00 in the operator's time zone, or an explicit instant for intraday outage runs).
 */
public record BusinessDay(LocalDate date, Instant referenceTime, ZoneId operatorZone) {

    public static BusinessDay nightly(LocalDate date, ZoneId operatorZone) {
        return new BusinessDay(date, date.atStartOfDay(operatorZone).toInstant(), operatorZone);
    }

    /** The last day whose data the run sees. */
    public LocalDate lastDataDay() {
        return date.minusDays(1);
    }
}
