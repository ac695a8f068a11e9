package com.retention.domain.outages;

import java.time.Duration;

/**
 * Parameters of outage notices (README, "Outages").
 *
 * @param preNoticeHorizon planned works starting after T and no later than T + this get a PRE_NOTICE
 * @param incidentDelay    an unplanned outage open at least this long gets an INCIDENT notice
 * @param apologyAfter     an outage lasting more than this gets an APOLOGY call (HIGH band only)
 */
public record OutageRules(Duration preNoticeHorizon, Duration incidentDelay, Duration apologyAfter) {

    public OutageRules {
        if (preNoticeHorizon == null || preNoticeHorizon.isNegative() || incidentDelay == null
                || incidentDelay.isNegative() || apologyAfter == null || apologyAfter.isNegative()) {
            throw new IllegalArgumentException("outage rules: durations must be >= 0");
        }
    }

    /** The README's defaults. */
    public static OutageRules defaults() {
        return new OutageRules(Duration.ofHours(48), Duration.ofMinutes(30), Duration.ofHours(24));
    }
}
