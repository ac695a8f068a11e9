package com.retention.jobs.ingest;

import com.retention.jobs.ingest.parse.RowValues;
import com.retention.jobs.ingest.write.TableSpec.Column;
import java.util.List;

/**
 * One column of an input file, declared once: its table column and SQL type, whether a file without
 * it is refused, and how its cell becomes the text the upsert casts. A rule across columns may
 * follow a column ({@link #then}); it runs as soon as that column is read.
 */
public record ImportColumn(Column column, boolean required, Cell cell, Check check) {

    /** How a cell becomes its column's value; {@code required} is the column's own flag. */
    @FunctionalInterface
    public interface Cell {
        String read(RowValues row, String column, boolean required);
    }

    /** A rule across columns; {@code read} gives the values of the columns read so far, by name. */
    @FunctionalInterface
    public interface Check {
        void check(RowValues row, Read read);
    }

    /** The values read so far. */
    @FunctionalInterface
    public interface Read {
        String value(String column);
    }

    /** A column every file must have, read by {@code cell}. */
    public static ImportColumn required(Column column, Cell cell) {
        return new ImportColumn(column, true, cell, null);
    }

    /** A column a file may leave out, read by {@code cell}. */
    public static ImportColumn optional(Column column, Cell cell) {
        return new ImportColumn(column, false, cell, null);
    }

    /** A required text, date or timestamp column, read as its type reads. */
    public static ImportColumn required(Column column) {
        return required(column, byType(column));
    }

    /** An optional text, date or timestamp column, read as its type reads. */
    public static ImportColumn optional(Column column) {
        return optional(column, byType(column));
    }

    /**
     * One of {@code codes}, matched case-insensitively and stored as spelled here; an empty cell gives
     * {@code defaultValue} (null: none).
     */
    public static Cell oneOf(String defaultValue, String... codes) {
        List<String> allowed = List.of(codes);
        return (row, column, required) -> row.code(column, required, defaultValue, allowed);
    }

    /** This column, then {@code rule} over what has been read. */
    public ImportColumn then(Check rule) {
        return new ImportColumn(column, required, cell, rule);
    }

    public String name() {
        return column.name();
    }

    private static Cell byType(Column column) {
        return switch (column.sqlType()) {
            case "text" -> RowValues::text;
            case "date" -> RowValues::date;
            case "timestamptz" -> (row, name, required) -> {
                var instant = row.timestamp(name, required);
                return instant == null ? null : instant.toString();
            };
            default -> throw new IllegalArgumentException("say how to read " + column.sqlType() + " column "
                    + column.name());
        };
    }
}
