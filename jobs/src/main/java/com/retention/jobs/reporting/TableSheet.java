package com.retention.jobs.reporting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet of the report laid out the same way every time: a title, a note saying what the numbers
 * cover, a frozen header row, then the data rows. Values only, no formulas. The sheet is streamed:
 * rows leave memory as they are written, and only the columns a chart asked to keep stay.
 */
final class TableSheet {

    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    private final SXSSFSheet sheet;
    private final ReportStyles styles;
    private final List<String> headers;
    private final Map<Integer, List<Object>> kept = new TreeMap<>();
    private int nextRow = FIRST_DATA_ROW;

    TableSheet(SXSSFSheet sheet, ReportStyles styles, String title, String note, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headers = List.copyOf(headers);
        int columns = headers.size();
        text(sheet.createRow(0).createCell(0), title, styles.title);
        SXSSFRow header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(32);
        int widthInCharacters = 0;
        for (int i = 0; i < headers.size(); i++) {
            text(header.createCell(i), headers.get(i), styles.header);
            int width = Math.max(11, Math.min(22, headers.get(i).length() + 2));
            sheet.setColumnWidth(i, width * 256);
            widthInCharacters += width;
        }
        // The note wraps over the table's width instead of running far to the right of it.
        SXSSFRow noteRow = sheet.createRow(1);
        text(noteRow.createCell(0), note, styles.note);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        }
        int lines = (int) Math.ceil(note.length() * 1.1 / widthInCharacters);
        noteRow.setHeightInPoints(Math.max(1, lines) * 13f + 2);
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        // Printed (or exported to PDF) one page wide, the chart beside its table.
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    String header(int column) {
        return headers.get(column);
    }

    /** From now on the values written in {@code column} are kept (text, a number, or null for an empty cell). */
    void keep(int column) {
        if (!isEmpty()) {
            throw new IllegalStateException("columns are kept from the first data row on");
        }
        kept.put(column, new ArrayList<>());
    }

    /** The values of a kept column, one per data row so far. */
    List<Object> kept(int column) {
        List<Object> values = kept.get(column);
        if (values == null) {
            throw new IllegalStateException("column " + column + " was not kept");
        }
        return Collections.unmodifiableList(values);
    }

    ReportStyles styles() {
        return styles;
    }

    int columns() {
        return headers.size();
    }

    boolean isEmpty() {
        return nextRow == FIRST_DATA_ROW;
    }

    /** Index of the last data row written (only meaningful when not empty). */
    int lastDataRow() {
        return nextRow - 1;
    }

    RowCells row() {
        return new RowCells(sheet.createRow(nextRow++));
    }

    void widen(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    /** Said in place of the table when there is nothing to report. */
    void nothing(String why) {
        text(sheet.createRow(nextRow).createCell(0), why, styles.note);
    }

    /** Free text from a file or a person is written so that no spreadsheet evaluates it. */
    private void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(startsLikeAFormula(value) ? styles.quotedText : style);
    }

    static boolean startsLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0;
    }

    /** Writes one data row left to right. A null number leaves its cell empty. */
    final class RowCells {

        private final SXSSFRow row;
        private int column;

        private RowCells(SXSSFRow row) {
            this.row = row;
        }

        private Cell next(Object value) {
            List<Object> values = kept.get(column);
            if (values != null) {
                values.add(value);
            }
            return row.createCell(column++);
        }

        RowCells text(String value) {
            return textStyled(value, styles.text);
        }

        RowCells textStyled(String value, CellStyle style) {
            Cell cell = next(value);
            if (value != null) {
                TableSheet.this.text(cell, value, style);
            }
            return this;
        }

        /** Leaves cells empty: a figure that does not exist yet is not a zero. */
        RowCells empty(int cells) {
            for (int i = 0; i < cells; i++) {
                next(null);
            }
            return this;
        }

        RowCells count(long value) {
            return number((double) value, styles.count);
        }

        RowCells money(BigDecimal value) {
            return number(value == null ? null : value.doubleValue(), styles.money);
        }

        RowCells percent(Double value) {
            return number(value, styles.percent);
        }

        RowCells decimal(Double value) {
            return number(value, styles.decimal);
        }

        RowCells number(Double value, CellStyle style) {
            Cell cell = next(value);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(style);
            }
            return this;
        }

        RowCells dateTime(LocalDateTime value) {
            Cell cell = next(value);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(styles.dateTime);
            }
            return this;
        }
    }
}
