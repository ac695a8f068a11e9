package com.retention.jobs.outages;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of outage_notice: a kind of notice decided for an outage and subscriber, once ever. */
public record OutageNoticeRow(String outageId, String subscriberId, String kind, LocalDate businessDate,
                              OffsetDateTime decidedAt) {
}
