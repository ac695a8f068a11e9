package com.retention.jobs.ingest.parse;

import java.util.List;

/** A row read and checked: its values in the table's column order, or the reasons it is rejected. */
public record ParsedRow(long rowNumber, String[] values, List<Reject> rejects) {

    public boolean rejected() {
        return !rejects.isEmpty();
    }
}
