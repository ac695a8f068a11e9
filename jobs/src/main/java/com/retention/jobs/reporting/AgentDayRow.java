package com.retention.jobs.reporting;

import java.time.LocalDate;

/** A day an agent worked, and the team they called for most on it. */
public record AgentDayRow(String agent, LocalDate day, String team) {
}
