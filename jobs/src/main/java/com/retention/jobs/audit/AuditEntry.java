package com.retention.jobs.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of audit_log: who moved how many rows of personal data, when, in or out. */
public record AuditEntry(long id, OffsetDateTime at, String login, String operation,
        LocalDate businessDate, String team, String kind, long rows, String detail) {
}
