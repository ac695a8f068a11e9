package com.retention.jobs.reporting;

/** One team's calls of one campaign in the report's period: listed down to converted. */
public record TeamCallRow(String team, String campaign, long listed, long attempted, long reached, long converted) {
}
