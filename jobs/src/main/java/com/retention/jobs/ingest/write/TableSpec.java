package com.retention.jobs.ingest.write;

import java.util.List;

/**
 * What an import writes: the table, its columns with their SQL types, the conflict target of the
 * upsert, the key a file may repeat (the last row wins), the foreign keys checked per chunk, and
 * optionally a parent row to upsert first (a subscriber's account).
 */
public record TableSpec(String table, List<Column> columns, String conflictTarget, List<String> rowKey,
        List<Reference> references, String parentUpsert) {

    /**
     * A column and its SQL type; {@code update} is how an existing row's value changes (an SQL
     * expression over {@code t.} and {@code EXCLUDED.}), null for "the file's value".
     */
    public record Column(String name, String sqlType, String update) {

        public Column(String name, String sqlType) {
            this(name, sqlType, null);
        }

        /** The expression an existing row's value is updated to. */
        public String updateExpression() {
            return update != null ? update : "EXCLUDED." + name;
        }
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

    /** A JSON object that a file without it (null) leaves as it is on an existing row. */
    public static Column jsonKeptWhenAbsent(String name) {
        return new Column(name, "jsonb", "COALESCE(EXCLUDED." + name + ", t." + name + ")");
    }

    public static Column integer(String name) {
        return new Column(name, "integer");
    }

    public int width() {
        return columns.size();
    }
}
