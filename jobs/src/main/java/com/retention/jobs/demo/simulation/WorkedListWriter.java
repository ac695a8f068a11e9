package com.retention.jobs.demo.simulation;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.jobs.ingest.parse.CellText;
import com.retention.jobs.ingest.read.FileFormat;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.spreadsheet.CallListColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A team works its list: reads {@code call-lists/D/<team>.xlsx} with the import reader, decides each
 * call ({@link CallOutcomes}), and writes {@code <team>.worked.xlsx} beside it: the list's columns
 * as they were, the agent's columns filled in (contacted_at as a date cell, callback_at typed as
 * text, as people do). Streams both ways; returns the count of each outcome.
 */
final class WorkedListWriter {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final long seed;
    private final ZoneId operatorZone;

    WorkedListWriter(long seed, ZoneId operatorZone) {
        this.seed = seed;
        this.operatorZone = operatorZone;
    }

    static Path workedPath(Path list) {
        String name = list.getFileName().toString();
        return list.resolveSibling(name.substring(0, name.length() - ".xlsx".length()) + ".worked.xlsx");
    }

    Map<OutcomeCode, Integer> work(Path list, LocalDate day, String team) throws IOException {
        Map<OutcomeCode, Integer> counts = new EnumMap<>(OutcomeCode.class);
        AgentRoster agents = AgentRoster.of(team);
        Path target = workedPath(list);
        Path partial = Files.createTempFile(target.getParent(), ".worked", ".partial");
        try (RowSource source = RowSource.open(list, FileFormat.XLSX);
                SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false);
                OutputStream out = Files.newOutputStream(partial)) {
            Sheet sheet = workbook.createSheet(team.length() > 31 ? team.substring(0, 31) : team);
            CellStyle dateTime = style(workbook, "dd.mm.yyyy hh:mm");
            CellStyle date = style(workbook, "dd.mm.yyyy");
            Row header = sheet.createRow(0);
            for (CallListColumn column : CallListColumn.values()) {
                header.createCell(column.index()).setCellValue(column.header());
            }
            int index = 0;
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                Row copy = sheet.createRow(++index);
                copyListColumns(row, copy);
                ListedCall call = listed(row, day);
                SimulatedCall result = CallOutcomes.work(call, TaskRandom.of(seed, call.taskId()));
                if (result != null) {
                    fill(copy, result, agents.agentFor(index - 1L), dateTime, date);
                    rate(copy, result, call.taskId());
                    counts.merge(result.outcome(), 1, Integer::sum);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    /**
     * About one reached subscriber in seven rates the call (operators see about 15 %), mostly well, a
     * complaint badly. Drawn apart from the outcome, so the outcomes stay those of earlier releases.
     */
    private void rate(Row row, SimulatedCall call, String taskId) {
        if (!call.outcome().reachedSubscriber()) {
            return;
        }
        java.util.SplittableRandom random = TaskRandom.of(seed + RATING_STREAM, taskId);
        if (random.nextDouble() < 0.15) {
            int csat = call.outcome() == OutcomeCode.COMPLAINT ? 1 + random.nextInt(2) : RATINGS[random.nextInt(RATINGS.length)];
            row.createCell(CallListColumn.CSAT.index()).setCellValue(csat);
        }
    }

    private static final long RATING_STREAM = 15;
    private static final int[] RATINGS = {1, 2, 3, 4, 4, 5, 5, 5};

    private static void copyListColumns(SourceRow row, Row copy) {
        for (CallListColumn column : CallListColumn.values()) {
            Object value = row.cell(column.header());
            if (column.agentFills() || value == null) {
                continue;
            }
            Cell cell = copy.createCell(column.index());
            if (value instanceof Double d) {
                cell.setCellValue(d);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    private void fill(Row row, SimulatedCall call, String agent, CellStyle dateTime, CellStyle date) {
        row.createCell(CallListColumn.OUTCOME.index()).setCellValue(call.outcome().name());
        Cell at = row.createCell(CallListColumn.CONTACTED_AT.index());
        at.setCellValue(call.contactedAt().withZoneSameInstant(operatorZone).toLocalDateTime());
        at.setCellStyle(dateTime);
        row.createCell(CallListColumn.TALK_SECONDS.index()).setCellValue(call.talkSeconds());
        if (call.callbackAt() != null) {
            row.createCell(CallListColumn.CALLBACK_AT.index())
                    .setCellValue(TYPED.format(call.callbackAt().withZoneSameInstant(operatorZone)));
        }
        if (call.promiseDate() != null) {
            Cell promise = row.createCell(CallListColumn.PROMISE_DATE.index());
            promise.setCellValue(call.promiseDate());
            promise.setCellStyle(date);
        }
        if (call.promiseAmount() != null) {
            row.createCell(CallListColumn.PROMISE_AMOUNT.index()).setCellValue(call.promiseAmount().doubleValue());
        }
        if (call.note() != null) {
            row.createCell(CallListColumn.NOTE.index()).setCellValue(call.note());
        }
        row.createCell(CallListColumn.AGENT.index()).setCellValue(agent);
    }

    private ListedCall listed(SourceRow row, LocalDate day) {
        String window = CellText.of(row.cell(CallListColumn.LOCAL_WINDOW.header()));
        LocalTime start = LocalTime.of(9, 0);
        LocalTime end = LocalTime.of(20, 0);
        ZoneId zone = operatorZone;
        if (window != null && window.length() >= 11) {
            try {
                start = LocalTime.parse(window.substring(0, 5));
                end = LocalTime.parse(window.substring(6, 11));
                zone = ZoneId.of(window.substring(11).strip());
            } catch (RuntimeException unexpected) {
                // a window in another form: the operator's usual hours
            }
        }
        Object attempt = row.cell(CallListColumn.ATTEMPT.header());
        return new ListedCall(CellText.of(row.cell(CallListColumn.TASK_ID.header())), day,
                CellText.of(row.cell(CallListColumn.CAMPAIGN.header())), CellText.of(row.cell(CallListColumn.STEP.header())),
                CellText.of(row.cell(CallListColumn.OFFER_TARIFF.header())), money(row.cell(CallListColumn.MONTHLY_SAVING.header())),
                money(row.cell(CallListColumn.OVERDUE_AMOUNT.header())), attempt instanceof Double d ? d.intValue() : 1,
                start, end, zone);
    }

    private static BigDecimal money(Object cell) {
        return cell instanceof Double d ? BigDecimal.valueOf(d) : null;
    }

    private static CellStyle style(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
