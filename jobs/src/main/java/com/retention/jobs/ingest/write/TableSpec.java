package com.retention.jobs.ingest.write;

import java.util.List;

/**
 * What an import writes: the table, its columns with their SQL types, the conflict target of the
 * upsert, the key a file may repeat (the last row wins), the foreign keys checked per chunk, and
 * optionally a parent row to upsert first (a subscriber's account).
 */
public record TableSpec(String table, List<Column> columns, String conflictTarget, List<String> rowKey,
        List<Reference> references, String parentUpsert) {

    public record Column(String name, String sqlType) {
    }

    /** A value that must exist in another table; a row naming an unknown one is rejected. */
    public record Reference(String column, String table, String tableColumn, String reason) {
    }

    public static Column text(String name) {
        return new Column(name, "text");
    }

    public static Column date(String name) {
        return new Column(name, "date");
    }

    public static Column numeric(String name) {
        return new Column(name, "numeric");
    }

    public static Column timestamp(String name) {
        return new Column(name, "timestamptz");
    }

    public static Column bool(String name) {
        return new Column(name, "boolean");
    }

    public static Column integer(String name) {
        return new Column(name, "integer");
    }

    public int width() {
        return columns.size();
    }
}
