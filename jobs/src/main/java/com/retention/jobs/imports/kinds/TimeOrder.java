package com.retention.jobs.imports.kinds;

import com.retention.jobs.ingest.ImportColumn;
import java.time.Instant;

/** The rule that an event's end does not come before its start (outages, tickets). */
final class TimeOrder {

    private TimeOrder() {
    }

    /** Rejects the row at {@code end}, with the cell as given, when both are read and end is before start. */
    static ImportColumn.Check endNotBefore(String start, String end, String reason) {
        return (row, read) -> {
            String from = read.value(start);
            String to = read.value(end);
            if (from != null && to != null && Instant.parse(to).isBefore(Instant.parse(from))) {
                row.reject(end, row.cell(end), reason);
            }
        };
    }
}
