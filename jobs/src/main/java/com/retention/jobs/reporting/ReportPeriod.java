package com.retention.jobs.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The list dates a report covers: the {@code days} days up to and including business date D
 * (D's lists are written before the report runs). The run sees data up to the end of D-1.
 */
public record ReportPeriod(LocalDate date, int days, ZoneId zone) {

    public static ReportPeriod lastDays(LocalDate date, int days, ZoneId zone) {
        return new ReportPeriod(date, days, zone);
    }

    public LocalDate from() {
        return date.minusDays(days - 1L);
    }

    public LocalDate to() {
        return date;
    }

    /** Start of the first list date in the operator's zone. */
    public OffsetDateTime fromInstant() {
        return from().atStartOfDay(zone).toOffsetDateTime();
    }

    /** End of D (exclusive) in the operator's zone. */
    public OffsetDateTime toInstant() {
        return date.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Says which list dates a sheet covers, in its note row. */
    public String describe() {
        return "list dates " + from() + " to " + to() + " (the last " + days + " days up to " + date + ")";
    }
}
