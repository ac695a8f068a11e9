package com.retention.jobs.reporting;

import java.time.OffsetDateTime;

/**
 * One outage: subscribers it covers, the notices sent (SMS/e-mail by kind, calls), the distinct
 * subscribers notified and the minutes from its start to the first and the average notice.
 */
public record OutageNoticeRow(String outageId, String kind, OffsetDateTime startsAt, OffsetDateTime endedAt,
        long covered, long preNotices, long incidentNotices, long restoredNotices, long calls, long notified,
        Double firstNoticeMinutes, Double averageNoticeMinutes) {

    /** Notified / covered; null when the outage covers nobody. */
    public Double coverageShare() {
        return covered == 0 ? null : (double) notified / covered;
    }
}
