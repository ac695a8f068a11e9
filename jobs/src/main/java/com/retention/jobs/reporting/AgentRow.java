package com.retention.jobs.reporting;

/** One agent's calls (outcomes), reached calls, average talk time of reached calls and conversions. */
public record AgentRow(String agent, long calls, long reached, Double averageTalkSeconds, long converted) {
}
