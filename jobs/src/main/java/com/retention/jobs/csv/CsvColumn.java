package com.retention.jobs.csv;

import java.util.Objects;

/** One column of an output CSV: its header name and whether its values are free text. */
public record CsvColumn(String name, ColumnKind kind) {

    public CsvColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank column name");
        }
    }

    public static CsvColumn text(String name) {
        return new CsvColumn(name, ColumnKind.TEXT);
    }

    public static CsvColumn safe(String name) {
        return new CsvColumn(name, ColumnKind.SAFE);
    }
}
