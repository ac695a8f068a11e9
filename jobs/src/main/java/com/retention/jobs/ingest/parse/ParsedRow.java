package com.retention.jobs.ingest.parse;

import java.util.List;

/**
 * A row read and checked: its values in the table's column order, or the reasons it is rejected;
 * {@code key} names it in the rejects the upsert may still find (null when it cannot be read).
 */
public record ParsedRow(long rowNumber, String[] values, List<Reject> rejects, String key) {

    public boolean rejected() {
        return !rejects.isEmpty();
    }
}
