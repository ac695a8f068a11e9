package com.retention.jobs.ingest.parse;

/** One reason a row did not load: the row a person sees, the column, the value as given, a plain reason. */
public record Reject(long row, String column, String value, String reason) {
}
