package com.retention.jobs.ingest.parse;

/**
 * One reason a row did not load: the row a person sees, the column, the value as given, a plain
 * reason, and the row's key as {@link RowKey} spells it (null when its key cell is missing or bad),
 * so the row is found by its key as well as by its number.
 */
public record Reject(long row, String column, String value, String reason, String key) {

    /** A reject whose row's key is not known yet; see {@link #withKey}. */
    public Reject(long row, String column, String value, String reason) {
        this(row, column, value, reason, null);
    }

    public Reject withKey(String rowKey) {
        return new Reject(row, column, value, reason, rowKey);
    }
}
