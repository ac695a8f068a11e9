package com.retention.jobs.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns that name a row of a kind (its upsert key), and how a reject spells them:
 * {@code subscriber_id=S000123}, {@code subscriber_id=S000123; month=2026-11}. Each value is the
 * cell as the file holds it (stripped), so a search in the file finds it. A part may have
 * alternatives (a target is named by its subscriber_id or, without one, its phone): the first
 * given one counts.
 */
public final class RowKey {

    private final List<List<String>> parts;

    private RowKey(List<List<String>> parts) {
        this.parts = parts;
    }

    /** A key of these columns, each one part. */
    public static RowKey of(String... columns) {
        return new RowKey(Arrays.stream(columns).map(List::of).toList());
    }

    /** This key and then a part named by the first given of {@code alternatives}. */
    public RowKey thenFirstOf(String... alternatives) {
        List<List<String>> more = new ArrayList<>(parts);
        more.add(List.of(alternatives));
        return new RowKey(List.copyOf(more));
    }

    /**
     * The row's key; null when a part has no cell, or its cell was rejected (a key that cannot be
     * read names no row, and half a key names rows it is not). Call after the row's cells are read.
     */
    public String describe(RowValues row) {
        StringBuilder key = new StringBuilder();
        for (List<String> part : parts) {
            String column = part.stream().filter(c -> CellText.of(row.cell(c)) != null).findFirst().orElse(null);
            if (column == null || rejected(row, column)) {
                return null;
            }
            if (!key.isEmpty()) {
                key.append("; ");
            }
            key.append(column).append('=').append(CellText.of(row.cell(column)));
        }
        return key.toString();
    }

    private static boolean rejected(RowValues row, String column) {
        return row.rejects().stream().anyMatch(r -> r.column().equals(column));
    }

    /** Every column the key may name. */
    public List<String> columns() {
        return parts.stream().flatMap(List::stream).toList();
    }

    /** As the README's table of kinds says it: {@code campaign_code + subscriber_id or phone}. */
    @Override
    public String toString() {
        return String.join(" + ", parts.stream().map(part -> String.join(" or ", part)).toList());
    }
}
