package com.retention.jobs.rules;

import java.time.Duration;

/**
 * Outages whose end lies further back than this before T are not looked at again: their notices
 * were decided by earlier runs, and an outage ended months ago must not earn an apology today.
 */
public record OutageLookback(Duration endedWithin) {

    public OutageLookback {
        if (endedWithin == null || endedWithin.isNegative()) {
            throw new IllegalArgumentException("retention.outages.ended-lookback must be >= 0");
        }
    }
}
