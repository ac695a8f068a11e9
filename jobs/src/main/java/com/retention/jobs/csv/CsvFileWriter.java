package com.retention.jobs.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one output CSV: UTF-8 without BOM, {@code ,} delimiter, a header row, RFC 4180 quoting
 * (only where needed), {@code \n} line ends. Free-text columns are neutralised against formula
 * injection; the file appears only on {@link #commit()} (see {@link AtomicFile}).
 * <pre>
 * try (CsvFileWriter csv = CsvFileWriter.open(path, columns)) {
 *     rows.forEach(r -&gt; csv.writeRow(r.a(), r.b()));
 *     csv.commit();
 * }
 * </pre>
 */
public final class CsvFileWriter implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final AtomicFile file;
    private final CSVPrinter printer;
    private final List<CsvColumn> columns;
    private final String[] cells;
    private long rows;

    private CsvFileWriter(AtomicFile file, List<CsvColumn> columns) throws IOException {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.cells = new String[columns.size()];
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(this.columns.stream().map(CsvColumn::name).toList());
    }

    /** Starts {@code target} (not visible until committed) and writes the header row. */
    public static CsvFileWriter open(Path target, List<CsvColumn> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no columns for " + target);
        }
        AtomicFile file = AtomicFile.create(target);
        try {
            return new CsvFileWriter(file, columns);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e instanceof IOException io ? OutputFileException.cannotWrite(file.shown(), io) : (RuntimeException) e;
        }
    }

    /** One row, a value per column in column order; values are formatted by {@link CsvValues}. */
    public void writeRow(Object... values) {
        writeRow(Arrays.asList(values));
    }

    public void writeRow(List<?> values) {
        if (values.size() != cells.length) {
            throw new IllegalArgumentException(
                    "row " + (rows + 1) + " of " + file.target().getFileName() + " has " + values.size()
                            + " values for " + cells.length + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            String text = CsvValues.format(values.get(i));
            cells[i] = columns.get(i).kind() == ColumnKind.TEXT ? FormulaGuard.neutralise(text) : text;
        }
        try {
            printer.printRecord((Object[]) cells);
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(file.shown(), e);
        }
        rows++;
    }

    /** Data rows written so far (the header not counted). */
    public long rows() {
        return rows;
    }

    /** Finishes the file and moves it into place. */
    public Path commit() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(file.shown(), e);
        }
        return file.commit();
    }

    /** Without a prior commit, drops the half-written file. */
    @Override
    public void close() {
        file.close();
    }
}
