package com.retention.jobs.quality;

/** One reached call as {@code QaMapper.reachedCalls} reads it. */
public record ReachedCallRow(String taskId, String agent, String outcome, Integer csat) {
}
