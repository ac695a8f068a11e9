package com.retention.jobs.spreadsheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.retention.jobs.csv.AtomicFile;
import com.retention.jobs.csv.OutputFileException;
import com.retention.jobs.csv.FormulaGuard;

/**
 * Writes a team's call list, {@code call-lists/D/<team>.xlsx}, streaming: only a window of rows
 * is in memory, whatever the list's length. Header frozen, auto-filter on, phones as text, money
 * as numbers in a money format, the outcome column a drop-down of the outcome codes, agent
 * columns validated. Free text that begins like a formula is quote-prefixed. The file appears
 * whole or not at all; a re-run with the same rows gives the same workbook content.
 */
public final class CallListWorkbookWriter {

    public static final int DEFAULT_WINDOW = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private final int window;

    public CallListWorkbookWriter() {
        this(DEFAULT_WINDOW);
    }

    public CallListWorkbookWriter(int window) {
        this.window = window;
    }

    /** {@code <outputRoot>/call-lists/<date>/<team>.xlsx}. */
    public static Path pathFor(Path outputRoot, LocalDate date, String team) {
        return outputRoot.resolve("call-lists").resolve(date.toString()).resolve(TeamFileName.of(team) + ".xlsx");
    }

    /** Writes the rows, already in priority order, into the team's workbook for {@code date}. */
    public CallListFile write(Path outputRoot, LocalDate date, String team, Iterator<CallListRow> rows) {
        Path target = pathFor(outputRoot, date, team);
        try (AtomicFile file = AtomicFile.create(target)) {
            long written = writeWorkbook(file, date, team, rows);
            file.commit();
            return new CallListFile(team, target, written);
        }
    }

    private long writeWorkbook(AtomicFile file, LocalDate date, String team, Iterator<CallListRow> rows) {
        // Compressed temp files: a long list's sheet XML is ~1.2 KB a row, and disk here can be
        // short (costs ~15 % CPU). Inline strings, not a shared-strings table, keep memory flat.
        SXSSFWorkbook workbook = new FastSXSSFWorkbook(window);
        try {
            describe(workbook, date, team);
            CallListStyles styles = new CallListStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(team));
            writeHeader(sheet, styles);
            int rowIndex = 0;
            while (rows.hasNext()) {
                if (rowIndex == MAX_ROWS) {
                    throw new IllegalStateException("call list of " + team + " has more rows than a sheet holds");
                }
                writeRow(sheet.createRow(++rowIndex), rows.next(), styles);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, CallListColumn.values().length - 1));
            CallListValidations.addTo(sheet, rowIndex);
            workbook.write(file.stream());
            return rowIndex;
        } catch (IOException e) {
            throw OutputFileException.cannotWrite(file.shown(), e);
        } finally {
            workbook.dispose();
            closeQuietly(workbook);
        }
    }

    /** Workbook properties from the business date, not the clock, so re-runs match. */
    private static void describe(SXSSFWorkbook workbook, LocalDate date, String team) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date created = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setTitle("Call list " + team + " " + date);
        core.setSubjectProperty("call-lists/" + date + "/" + TeamFileName.of(team) + ".xlsx");
        core.setCreator("retention-batch");
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
    }

    private static void writeHeader(SXSSFSheet sheet, CallListStyles styles) {
        Row header = sheet.createRow(0);
        for (CallListColumn column : CallListColumn.values()) {
            Cell cell = header.createCell(column.index());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column.index(), column.width());
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeRow(Row row, CallListRow task, CallListStyles styles) {
        text(row, CallListColumn.TASK_ID, task.taskId(), styles);
        number(row, CallListColumn.PRIORITY, task.priority(), styles.integer);
        text(row, CallListColumn.CAMPAIGN, task.campaign(), styles);
        text(row, CallListColumn.STEP, task.step(), styles);
        text(row, CallListColumn.SUBSCRIBER_ID, task.subscriberId(), styles);
        text(row, CallListColumn.FULL_NAME, task.fullName(), styles);
        text(row, CallListColumn.PHONE, task.phone(), styles);
        text(row, CallListColumn.LOCAL_WINDOW, task.localWindow(), styles);
        text(row, CallListColumn.SEGMENT, task.segment(), styles);
        text(row, CallListColumn.CURRENT_TARIFF, task.currentTariff(), styles);
        text(row, CallListColumn.OFFER_TARIFF, task.offerTariff(), styles);
        money(row, CallListColumn.MONTHLY_SAVING, task.monthlySaving(), styles);
        money(row, CallListColumn.OVERDUE_AMOUNT, task.overdueAmount(), styles);
        if (task.daysPastDue() != null) {
            number(row, CallListColumn.DAYS_PAST_DUE, task.daysPastDue(), styles.integer);
        }
        text(row, CallListColumn.OUTAGE_ID, task.outageId(), styles);
        text(row, CallListColumn.SCRIPT, task.script(), styles);
        number(row, CallListColumn.ATTEMPT, task.attempt(), styles.integer);
        for (CallListColumn column : CallListColumn.values()) {
            if (column.agentFills()) {
                // Blank but styled, so what the agent types gets the right format (text stays text).
                row.createCell(column.index()).setCellStyle(styles.forAgentColumn(column));
            }
        }
    }

    /**
     * Every string goes in as a text cell (a phone never becomes 7.9E10); one that begins like a
     * formula gets the quote-prefixed style. Codes and E.164 phones never trigger it: a phone
     * begins with {@code +}, but the cell is a string, which no program evaluates, and only
     * typing it again would; the text format keeps even that safe.
     */
    private static void text(Row row, CallListColumn column, String value, CallListStyles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column.index());
        cell.setCellValue(value);
        boolean guarded = column != CallListColumn.PHONE && FormulaGuard.startsFormula(value);
        cell.setCellStyle(guarded ? styles.guardedText : styles.text);
    }

    private static void number(Row row, CallListColumn column, double value, CellStyle style) {
        Cell cell = row.createCell(column.index());
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void money(Row row, CallListColumn column, BigDecimal value, CallListStyles styles) {
        if (value != null) {
            number(row, column, value.doubleValue(), styles.money);
        }
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temp files are already disposed; nothing else to release
        }
    }
}
