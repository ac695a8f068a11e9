package com.retention.jobs.ingest.read;

/**
 * One data row of an input file. Cells are what the file holds: {@code String} (all CSV cells and
 * XLSX text), {@code Double} (a numeric cell), {@code LocalDateTime} (a date-formatted cell) or
 * {@code Boolean}; {@code null} when empty. {@code rowNumber} is the row a person sees in the file.
 */
public record SourceRow(long rowNumber, Object[] cells, HeaderIndex header) {

    /** The cell under a header column, or null when the column is absent or the row is shorter. */
    public Object cell(String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.length ? null : cells[index];
    }

    public static boolean isBlank(Object[] cells) {
        for (Object cell : cells) {
            if (cell != null && !(cell instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
