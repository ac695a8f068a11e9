package com.retention.jobs.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The columns of one output file and how to take each value from a row record, so a job writes a
 * whole file from a stream of its own records in one call:
 * <pre>
 * static final CsvLayout&lt;DialerRow&gt; DIALER = CsvLayout.&lt;DialerRow&gt;builder()
 *         .safe("task_id", DialerRow::taskId)
 *         .text("campaign", DialerRow::campaign)
 *         .build();
 * DIALER.write(path, rows);
 * </pre>
 */
public final class CsvLayout<T> {

    private final List<CsvColumn> columns;
    private final List<Function<? super T, ?>> getters;

    private CsvLayout(List<CsvColumn> columns, List<Function<? super T, ?>> getters) {
        this.columns = List.copyOf(columns);
        this.getters = List.copyOf(getters);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<CsvColumn> columns() {
        return columns;
    }

    /** Writes every row, atomically; returns the number of data rows. */
    public long write(Path target, Iterator<? extends T> rows) {
        try (CsvFileWriter csv = CsvFileWriter.open(target, columns)) {
            List<Object> values = new ArrayList<>(getters.size());
            while (rows.hasNext()) {
                T row = rows.next();
                values.clear();
                for (Function<? super T, ?> getter : getters) {
                    values.add(getter.apply(row));
                }
                csv.writeRow(values);
            }
            csv.commit();
            return csv.rows();
        }
    }

    public long write(Path target, Stream<? extends T> rows) {
        return write(target, rows.iterator());
    }

    public static final class Builder<T> {
        private final List<CsvColumn> columns = new ArrayList<>();
        private final List<Function<? super T, ?>> getters = new ArrayList<>();

        /** A free-text column: neutralised against formula injection. */
        public Builder<T> text(String name, Function<? super T, ?> getter) {
            return add(CsvColumn.text(name), getter);
        }

        /** A column of values the system validated itself: written as they are. */
        public Builder<T> safe(String name, Function<? super T, ?> getter) {
            return add(CsvColumn.safe(name), getter);
        }

        private Builder<T> add(CsvColumn column, Function<? super T, ?> getter) {
            columns.add(column);
            getters.add(getter);
            return this;
        }

        public CsvLayout<T> build() {
            return new CsvLayout<>(columns, getters);
        }
    }
}
