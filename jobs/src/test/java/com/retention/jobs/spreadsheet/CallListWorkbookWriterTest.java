package com.retention.jobs.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallListWorkbookWriterTest {

    static final LocalDate D = LocalDate.of(2026, 11, 21);

    @TempDir
    Path out;

    static CallListRow retention(int rank, String name) {
        return new CallListRow("20261121-%06d".formatted(rank), rank, "RETENTION", "SAVING", "S" + rank, name,
                "+7916123456" + (rank % 10), "09:00–20:00 Asia/Vladivostok", "B2C", "LEGACY_M", "SMART_M",
                new BigDecimal("1234.50"), null, null, null, "-скрипт с минусом", 1);
    }

    static CallListRow dunning(int rank) {
        return new CallListRow("20261121-%06d".formatted(rank), rank, "DUNNING", "REMINDER_CALL", "S" + rank,
                "Петров Пётр", "+79031112233", "08:00–22:00 Europe/Kaliningrad", "B2C", "SMART_M", null, null,
                new BigDecimal("15000.00"), 9, null, "Напомнить о долге", 2);
    }

    @Test
    void writesTheContractedWorkbook() throws IOException {
        CallListFile file = new CallListWorkbookWriter().write(out, D, "RETENTION_B2C", List.of(
                retention(1, "=HYPERLINK(\"http://evil\",\"click\")"),
                dunning(2),
                retention(3, "Иванова Анна")).iterator());

        assertThat(file.rows()).isEqualTo(3);
        assertThat(file.path()).isEqualTo(out.resolve("call-lists/2026-11-21/RETENTION_B2C.xlsx"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file.path()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("RETENTION_B2C");

            XSSFRow header = sheet.getRow(0);
            List<String> headers = IntStream.range(0, header.getLastCellNum())
                    .mapToObj(i -> header.getCell(i).getStringCellValue()).toList();
            assertThat(headers).containsExactly("task_id", "priority", "campaign", "step", "subscriber_id",
                    "full_name", "phone", "local_window", "segment", "current_tariff", "offer_tariff",
                    "monthly_saving", "overdue_amount", "days_past_due", "outage_id", "script", "attempt",
                    "outcome", "contacted_at", "talk_seconds", "callback_at", "promise_date", "promise_amount",
                    "note", "csat", "agent");

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:Z4");

            XSSFCell name = sheet.getRow(1).getCell(CallListColumn.FULL_NAME.index());
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"click\")");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(CallListColumn.SCRIPT.index()).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(CallListColumn.FULL_NAME.index()).getCellStyle().getQuotePrefixed()).isFalse();

            XSSFCell phone = sheet.getRow(2).getCell(CallListColumn.PHONE.index());
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getStringCellValue()).isEqualTo("+79031112233");

            XSSFCell saving = sheet.getRow(1).getCell(CallListColumn.MONTHLY_SAVING.index());
            assertThat(saving.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(saving.getNumericCellValue()).isEqualTo(1234.50);
            assertThat(saving.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFCell overdue = sheet.getRow(2).getCell(CallListColumn.OVERDUE_AMOUNT.index());
            assertThat(overdue.getNumericCellValue()).isEqualTo(15000.0);
            assertThat(overdue.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(2).getCell(CallListColumn.DAYS_PAST_DUE.index()).getNumericCellValue()).isEqualTo(9);
            assertThat(sheet.getRow(1).getCell(CallListColumn.OVERDUE_AMOUNT.index())).isNull();

            assertThat(sheet.getRow(1).getCell(CallListColumn.CONTACTED_AT.index()).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(sheet.getRow(1).getCell(CallListColumn.PROMISE_DATE.index()).getCellStyle().getDataFormatString())
                    .isEqualTo("yyyy-mm-dd");

            DataValidation outcome = validationOf(sheet, CallListColumn.OUTCOME);
            assertThat(outcome.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(Arrays.stream(outcome.getValidationConstraint().getExplicitListValues()).toList())
                    .containsExactly("ACCEPTED", "DECLINED", "CALLBACK", "NO_ANSWER", "BUSY", "VOICEMAIL",
                            "WRONG_NUMBER", "DO_NOT_CALL", "PROMISE_TO_PAY", "PAID", "NOTIFIED", "COMPLAINT");
            CellRangeAddressList rows = outcome.getRegions();
            assertThat(rows.getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
            assertThat(rows.getCellRangeAddress(0).getLastRow()).isEqualTo(3);
            assertThat(validationOf(sheet, CallListColumn.CALLBACK_AT).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            DataValidation csat = validationOf(sheet, CallListColumn.CSAT);
            assertThat(csat.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(List.of(csat.getValidationConstraint().getFormula1(), csat.getValidationConstraint().getFormula2()))
                    .containsExactly("1", "5");

            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Call list RETENTION_B2C 2026-11-21");
            assertThat(workbook.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(Date.from(D.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }

    @Test
    void reRunGivesAByteIdenticalWorkbook() throws IOException {
        CallListWorkbookWriter writer = new CallListWorkbookWriter();
        Path path = writer.write(out, D, "BILLING_B2C", Stream.of(dunning(1), dunning(2)).iterator()).path();
        byte[] first = Files.readAllBytes(path);
        writer.write(out, D, "BILLING_B2C", Stream.of(dunning(1), dunning(2)).iterator());
        assertThat(Files.readAllBytes(path)).isEqualTo(first);
    }

    @Test
    void aFailedListLeavesNoFileBehind() throws IOException {
        Iterator<CallListRow> failing = IntStream.rangeClosed(1, 500).mapToObj(i -> {
            if (i == 450) {
                throw new IllegalStateException("cursor closed");
            }
            return retention(i, "Имя " + i);
        }).iterator();
        assertThatThrownBy(() -> new CallListWorkbookWriter().write(out, D, "RETENTION_B2C", failing))
                .hasMessage("cursor closed");
        Path folder = out.resolve("call-lists/2026-11-21");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void anEmptyListStillOpensWithItsHeader() throws IOException {
        CallListFile file = new CallListWorkbookWriter().write(out, D, "VIP-Смирнова/А.", List.<CallListRow>of().iterator());
        assertThat(file.path().getFileName().toString()).isEqualTo("VIP-Смирнова_А..xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file.path()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("task_id");
        }
    }

    @Test
    void teamNamesCannotLeaveTheFolder() {
        assertThat(TeamFileName.of("../../etc/passwd")).isEqualTo("_._.._etc_passwd");
        assertThat(TeamFileName.of("VIP-Ivanov I.")).isEqualTo("VIP-Ivanov_I.");
        assertThatThrownBy(() -> TeamFileName.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static DataValidation validationOf(XSSFSheet sheet, CallListColumn column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column.index())
                .findFirst().orElseThrow();
    }
}
