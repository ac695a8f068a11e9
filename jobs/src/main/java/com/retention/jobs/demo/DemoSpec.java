package com.retention.jobs.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate: how many subscribers, from which seed, for which business date D in the
 * operator's zone. Everything generated is a function of these four values only.
 */
public record DemoSpec(int subscribers, long seed, LocalDate date, ZoneId operatorZone) {

    public DemoSpec {
        if (subscribers < 1) {
            throw new IllegalArgumentException("subscribers must be at least 1");
        }
    }

    /** D 00:00 in the operator's zone: the nightly run's reference time. */
    public Instant referenceTime() {
        return date.atStartOfDay(operatorZone).toInstant();
    }

    /** The last day whose data exists (D-1). */
    public LocalDate lastDataDay() {
        return date.minusDays(1);
    }
}
