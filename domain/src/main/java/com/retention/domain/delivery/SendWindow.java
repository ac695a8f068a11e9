package com.retention.domain.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an SMS may go (README "Delivery"): inside the subscriber's daytime hours, start inclusive and
 * end exclusive, in the subscriber's local time (the zone of their area); outage notices go at any
 * hour, since they are about the service the subscriber has right now.
 */
public record SendWindow(LocalTime start, LocalTime end) {

    public SendWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("SMS window: start " + start + " must be before end " + end);
        }
    }

    public static SendWindow defaults() {
        return new SendWindow(LocalTime.of(9, 0), LocalTime.of(21, 0));
    }

    /** The campaign whose notices ignore the window. */
    public static final String EXEMPT_CAMPAIGN = "OUTAGE";

    public boolean allows(Instant now, ZoneId subscriberZone, String campaign) {
        if (EXEMPT_CAMPAIGN.equals(campaign)) {
            return true;
        }
        LocalTime local = now.atZone(subscriberZone).toLocalTime();
        return !local.isBefore(start) && local.isBefore(end);
    }
}
