package com.retention.jobs.demo;

import java.time.Instant;

/** One outage on one area (an outage over several areas has one row per area). */
public record OutageRow(String outageId, String areaCode, String kind, Instant startsAt, Instant expectedEndAt,
        Instant endedAt, String description) {
}
