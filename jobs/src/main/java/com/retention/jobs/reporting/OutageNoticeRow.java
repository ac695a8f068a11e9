package com.retention.jobs.reporting;

import java.time.OffsetDateTime;

/**
 * One outage: subscribers it covers, the notices sent (SMS/e-mail by kind, calls), the distinct
 * subscribers notified (not those whose every notice is known to have failed), the minutes from its
 * start to the first and the average notice, and what delivery made of its notices: submitted,
 * delivered (by receipt; e-mail: the relay took it) and failed.
 */
public record OutageNoticeRow(String outageId, String kind, OffsetDateTime startsAt, OffsetDateTime endedAt,
        long covered, long preNotices, long incidentNotices, long restoredNotices, long calls, long notified,
        Double firstNoticeMinutes, Double averageNoticeMinutes, long submitted, long delivered, long failed) {

    /** Notified / covered; null when the outage covers nobody. */
    public Double coverageShare() {
        return covered == 0 ? null : (double) notified / covered;
    }
}
