package com.retention.jobs.partitioning;

/**
 * What a partitioned step splits: the rows of {@code table} (those matching {@code filter}, if any)
 * by their text {@code key}. Names are SQL identifiers written in code, never user input: the
 * boundary query substitutes them as text.
 */
public record KeySpace(String table, String key, String filter) {

    public KeySpace {
        if (!table.matches("[a-z_]+") || !key.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain identifier: " + table + "." + key);
        }
    }
}
