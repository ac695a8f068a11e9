package com.retention.jobs.ingest.read;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Streams the first sheet of an XLSX with excel-streaming-reader (SAX underneath, a small row
 * window in memory); the header is the first non-empty row. Comments, hyperlinks, shapes and
 * custom XML are never read.
 */
final class XlsxRowSource implements RowSource {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final HeaderIndex header;

    private XlsxRowSource(Workbook workbook, String fileName) {
        this.workbook = workbook;
        if (workbook.getNumberOfSheets() == 0) {
            throw new UnreadableFileException("cannot import " + fileName + ": the workbook has no sheet");
        }
        this.rows = workbook.getSheetAt(0).rowIterator();
        Row first = nextNonBlank();
        if (first == null) {
            throw new UnreadableFileException("cannot import " + fileName
                    + ": its first sheet has no header row (the sheet is empty)");
        }
        this.header = HeaderIndex.of(cells(first), fileName);
    }

    static XlsxRowSource open(Path file) {
        String name = file.getFileName().toString();
        Workbook workbook = null;
        try {
            workbook = StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(8192)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .setReadCoreProperties(false)
                    .setReadSharedFormulas(false)
                    .open(file.toFile());
            return new XlsxRowSource(workbook, name);
        } catch (UnreadableFileException e) {
            closeQuietly(workbook);
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // POI throws checked exceptions it does not declare, hence Exception.
            closeQuietly(workbook);
            throw new UnreadableFileException("cannot read " + name + " as an XLSX workbook: " + XlsxProblems.describe(e), e);
        }
    }

    @Override
    public HeaderIndex header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        try {
            Row row = nextNonBlank();
            return row == null ? null : new SourceRow(row.getRowNum() + 1L, cells(row), header);
        } catch (Exception e) {
            throw new IOException("the workbook is damaged: " + XlsxProblems.describe(e), e);
        }
    }

    private Row nextNonBlank() {
        while (rows.hasNext()) {
            Row row = rows.next();
            if (!SourceRow.isBlank(cells(row))) {
                return row;
            }
        }
        return null;
    }

    private static Object[] cells(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        Object[] cells = new Object[width];
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column >= 0 && column < width) {
                cells[column] = value(cell, cell.getCellType());
            }
        }
        return cells;
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case ERROR -> "#ERROR";
            default -> null;
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(Workbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (Exception ignored) {
                // already failing with a clearer message
            }
        }
    }
}
