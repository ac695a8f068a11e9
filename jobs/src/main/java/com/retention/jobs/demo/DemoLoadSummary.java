package com.retention.jobs.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a demo load wrote: rows and time per table in load order, and the whole load's time. */
public record DemoLoadSummary(List<TableLoad> tables, Duration took) {

    /** One table's COPY. */
    public record TableLoad(String table, long rows, Duration took) {
    }

    public long total() {
        return tables.stream().mapToLong(TableLoad::rows).sum();
    }

    public Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.table(), t.rows()));
        return rows;
    }
}
