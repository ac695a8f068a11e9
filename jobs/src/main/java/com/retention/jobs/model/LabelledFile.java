package com.retention.jobs.model;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.ingest.read.FileFormatDetector;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.ingest.read.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An external file of subscribers with their real outcome ({@code model evaluate}): a CSV or XLSX with
 * a header row, read whole (an evaluation file is a sample, not the operator's base), its cells as
 * text. The label column says who left: the rows whose label equals the given value, ignoring case.
 * Column names match ignoring case and surrounding spaces, as in the imports.
 */
public record LabelledFile(String name, List<String> columns, List<List<String>> rows, long[] rowNumbers, boolean[] left) {

    public static LabelledFile read(Path file, String labelName, String leftValue) {
        String labelColumn = column(labelName);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("cannot evaluate: no file " + file);
        }
        String name = file.getFileName().toString();
        try (RowSource source = RowSource.open(file, FileFormatDetector.detect(file))) {
            List<String> columns = source.header().names();
            if (!source.header().has(labelColumn)) {
                throw new UserInputException("cannot evaluate " + name + ": no column " + labelName.strip()
                        + " for --label (columns: " + String.join(", ", columns) + ")");
            }
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> outcomes = new ArrayList<>();
            List<Long> numbers = new ArrayList<>();
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                String label = text(row.cell(labelColumn));
                if (label.isEmpty()) {
                    throw new UserInputException("cannot evaluate " + name + ": row " + row.rowNumber()
                            + " has no " + labelColumn + " (every row needs its outcome)");
                }
                List<String> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    cells.add(text(row.cell(column)));
                }
                rows.add(cells);
                numbers.add(row.rowNumber());
                outcomes.add(label.equalsIgnoreCase(leftValue));
            }
            boolean[] left = new boolean[outcomes.size()];
            int leavers = 0;
            for (int i = 0; i < left.length; i++) {
                left[i] = outcomes.get(i);
                leavers += left[i] ? 1 : 0;
            }
            if (leavers == 0 || leavers == left.length) {
                throw new UserInputException(String.format(Locale.ROOT,
                        "cannot evaluate %s: %d of %d rows have %s=%s; both outcomes are needed",
                        name, leavers, left.length, labelColumn, leftValue));
            }
            return new LabelledFile(name, columns, rows, numbers.stream().mapToLong(Long::longValue).toArray(), left);
        } catch (UnreadableFileException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public int indexOf(String column) {
        return columns.indexOf(column(column));
    }

    /** A column name as the header index keeps it. */
    public static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return cell.toString().strip();
    }
}
