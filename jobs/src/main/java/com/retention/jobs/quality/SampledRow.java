package com.retention.jobs.quality;

/** One picked call as stored in qa_sample. */
public record SampledRow(String taskId, String agent, int rank, String reason) {
}
