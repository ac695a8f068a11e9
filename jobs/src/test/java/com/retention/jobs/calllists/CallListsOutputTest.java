package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.spreadsheet.CallListColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The files of the job: identical on a re-run, neutralised free text, the collections hand-over. */
class CallListsOutputTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil\",\"click\")";

    @Autowired
    CallListIndex index;

    @Test
    void reRunningADateGivesIdenticalFilesAndTables() throws IOException {
        smallDay();
        runCallLists(D);
        Map<Path, byte[]> first = files();
        List<Map<String, Object>> tables = tables();
        assertThat(first.keySet()).extracting(p -> p.getFileName().toString())
                .contains("dialer.csv", "outbox.csv", "collections.csv", "BILLING_B2C.xlsx", "RETENTION_B2C.xlsx");

        runCallLists(D);

        Map<Path, byte[]> second = files();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path.toString()).isEqualTo(bytes));
        assertThat(tables()).isEqualTo(tables);
    }

    @Test
    void aFormulaLookingNameIsNeutralisedInTheWorkbookAndTheCsvFiles() throws IOException {
        operator.subscriber("F1", "+79160000051", "MOW").named(FORMULA_NAME)
                .owes(D, "REMINDER_CALL", "2000");
        operator.subscriber("F2", "+79160000052", "MOW").named("-1+1").owes(D, "COLLECTIONS", "9000");

        runCallLists(D);

        try (InputStream in = Files.newInputStream(out("call-lists/2026-11-25/BILLING_B2C.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFCell name = workbook.getSheetAt(0).getRow(1).getCell(CallListColumn.FULL_NAME.index());
            assertThat(name.getStringCellValue()).isEqualTo(FORMULA_NAME);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(lines("handover/2026-11-25/collections.csv"))
                .containsExactly("A-F2,F2,'-1+1,+79160000052,9000.00,45");
        // Dunning SMS texts begin with the template's words, not the name, but the outbox guards the column anyway.
        assertThat(lines("call-lists/2026-11-25/dialer.csv")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("20261125-000001,F1,+79160000051,1,"));
    }

    @Test
    void exportersRewriteTheFilesFromTheDatabase(@org.junit.jupiter.api.io.TempDir Path elsewhere) throws IOException {
        smallDay();
        runCallLists(D);
        Map<Path, byte[]> written = files();
        for (String what : List.of("call-lists", "notifications", "handover")) {
            assertThat(com.retention.jobs.support.Cli.run("export", what, "--date", D.toString(),
                    "--out", elsewhere.toString()).exitCode()).isZero();
        }
        written.forEach((path, bytes) -> {
            Path copy = elsewhere.resolve(output.output().relativize(path));
            try {
                assertThat(Files.readAllBytes(copy)).as(copy.toString()).isEqualTo(bytes);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theIndexWritesADaysFilesAgainOnlyWhenTheyAreOlderThanItsLastRun() throws IOException {
        smallDay();
        runCallLists(D);
        Path dialer = out("call-lists/2026-11-25/dialer.csv");
        FileTime future = FileTime.from(Instant.now().plus(Duration.ofDays(1)));
        Files.setLastModifiedTime(dialer, future);
        assertThat(index.dialerFile(D, output.output())).contains(dialer);
        assertThat(Files.getLastModifiedTime(dialer)).as("newer than the run: kept").isEqualTo(future);

        Files.setLastModifiedTime(dialer, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        assertThat(index.dialerFile(D, output.output())).contains(dialer);
        assertThat(Files.getLastModifiedTime(dialer).toInstant()).as("older than the run: written again")
                .isAfter(Instant.now().minus(Duration.ofHours(1)));
        assertThat(index.dialerFile(D.plusDays(1), output.output())).as("no lists that day").isEmpty();
    }

    /** Retention, dunning (call, SMS, hand-over), an outage notice and a marketing target. */
    private void smallDay() {
        operator.subscriber("S1", "+79160000061", "MOW").offered(D, 80);
        operator.subscriber("S2", "+79160000062", "VVO").owes(D, "REMINDER_CALL", "1200");
        operator.subscriber("S3", "+79160000063", "KGD").owes(D, "REMINDER_SMS", "300");
        operator.subscriber("S4", "+79160000064", "MOW").named(FORMULA_NAME).owes(D, "COLLECTIONS", "15000");
        operator.subscriber("S5", "+79160000065", "MOW");
        operator.target("WINTER", "S5");
        operator.outage("OUT-9", "KGD", "PLANNED", java.time.Instant.parse("2026-11-25T10:00:00Z"), null);
        jdbc.update("UPDATE outage SET expected_end_at = '2026-11-25T14:00:00Z'");
        operator.subscriber("S6", "+79160000066", "KGD").b2b().notified(D, "OUT-9", "PRE_NOTICE");
    }

    private Map<Path, byte[]> files() throws IOException {
        Map<Path, byte[]> files = new HashMap<>();
        for (String folder : List.of("call-lists/2026-11-25", "notifications/2026-11-25", "handover/2026-11-25")) {
            try (Stream<Path> paths = Files.list(out(folder))) {
                for (Path p : paths.filter(Files::isRegularFile).toList()) {
                    files.put(p, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private List<Map<String, Object>> tables() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT subscriber_id, channel, campaign, step, value, decision, reason, team, "
                + "list_rank, attempt, carried_from FROM contact_candidate ORDER BY subscriber_id, channel, campaign, step"));
        rows.addAll(jdbc.queryForList("SELECT task_id, team, rank, subscriber_id, phone, campaign, step, earliest_utc, "
                + "latest_utc, local_window, attempt, script, status FROM call_task ORDER BY task_id"));
        rows.addAll(jdbc.queryForList("SELECT notification_id, subscriber_id, channel, to_address, campaign, step, "
                + "outage_id, template, text, segments FROM notification ORDER BY notification_id"));
        rows.addAll(jdbc.queryForList("SELECT offer_id, control FROM offer ORDER BY offer_id"));
        return rows;
    }
}
