package com.retention.jobs.outcomes;

/** One row of {@code handover/D/complaints.csv}. */
public record ComplaintLine(String taskId, String subscriberId, String phone, String agent, String note) {
}
