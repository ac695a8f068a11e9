package com.retention.domain.outages;

import java.time.Duration;

/**
 * Parameters of outage notices (PRODUCT.md, "Outages").
 *
 * @param preNoticeHorizon planned works starting after T and no later than T + this get a PRE_NOTICE
 * @param incidentDelay    an unplanned outage open at least this long gets an INCIDENT notice
 * @param apologyAfter     an outage lasting more than this gets an APOLOGY call (HIGH band only)
 * @param callTeamB2c      team for outage calls of B2C subscribers (VIP calls are re-routed to the
 *                         personal manager's list by the contact policy's routing)
 * @param callTeamB2b      team for outage calls of B2B subscribers
 */
public record OutageRules(Duration preNoticeHorizon, Duration incidentDelay, Duration apologyAfter,
                          String callTeamB2c, String callTeamB2b) {

    public OutageRules {
        if (preNoticeHorizon == null || preNoticeHorizon.isNegative() || incidentDelay == null
                || incidentDelay.isNegative() || apologyAfter == null || apologyAfter.isNegative()) {
            throw new IllegalArgumentException("outage rules: durations must be >= 0");
        }
        if (callTeamB2c == null || callTeamB2c.isBlank() || callTeamB2b == null || callTeamB2b.isBlank()) {
            throw new IllegalArgumentException("outage rules: call teams must be named");
        }
    }

    /** PRODUCT.md defaults. */
    public static OutageRules defaults() {
        return new OutageRules(Duration.ofHours(48), Duration.ofMinutes(30), Duration.ofHours(24),
                "RETENTION_B2C", "RETENTION_B2B");
    }
}
