package com.retention.jobs.outcomes;

import com.retention.jobs.spreadsheet.CallListColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A filled-in call-list workbook as a team hands it back, written with POI: the call list's
 * columns (plus any extra), rows in any order, hidden rows, date cells or typed dates.
 */
final class OutcomeWorkbook {

    private final List<String> columns = new ArrayList<>(
            Arrays.stream(CallListColumn.values()).map(CallListColumn::header).toList());
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Boolean> hidden = new ArrayList<>();

    OutcomeWorkbook extraColumn(String name) {
        columns.add(name);
        return this;
    }

    /** A row: column, value pairs. Strings become text cells, numbers numeric, LocalDate(Time) date cells. */
    OutcomeWorkbook row(Object... pairs) {
        return add(false, pairs);
    }

    OutcomeWorkbook hiddenRow(Object... pairs) {
        return add(true, pairs);
    }

    private OutcomeWorkbook add(boolean hide, Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        rows.add(row);
        hidden.add(hide);
        return this;
    }

    Path write(Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("RETENTION_B2C");
            CellStyle date = style(workbook, "dd.mm.yyyy");
            CellStyle dateTime = style(workbook, "dd.mm.yyyy hh:mm");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.setZeroHeight(hidden.get(r));
                for (Map.Entry<String, Object> cell : rows.get(r).entrySet()) {
                    int c = columns.indexOf(cell.getKey());
                    if (c < 0) {
                        throw new IllegalArgumentException("no column " + cell.getKey());
                    }
                    put(row.createCell(c), cell.getValue(), date, dateTime);
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
