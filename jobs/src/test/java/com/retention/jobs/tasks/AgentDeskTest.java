package com.retention.jobs.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.calllists.files.CallTaskRows;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.spreadsheet.CallListRow;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Saving on the agent screen is an import of the outcome: the import's rejects come back as one
 * line with nothing written, and the team's workbook that later reports the same task is not
 * applied a second time (no second order), while its other rows are.
 */
@TestPropertySource(properties = "retention.output=" + AgentDeskTest.OUT)
class AgentDeskTest extends IntegrationTest {

    static final String OUT = "target/desk-test-out";
    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final String TEAM = "RETENTION_B2C";
    static final AppUser ANNA = new AppUser("anna", Role.AGENT, Set.of(TEAM), null, true);

    @Autowired
    AgentDesk desk;

    @Autowired
    TaskClaims claims;

    @Autowired
    CallTaskRows rows;

    @Autowired
    CallListIndex lists;

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    OutcomeFixture f;

    @BeforeEach
    void fixture() {
        FileSystemUtils.deleteRecursively(Path.of(OUT).toFile());
        f = new OutcomeFixture(jdbc);
    }

    private static TaskOutcome code(String code) {
        return new TaskOutcome(code, null, null, null, null, null, null, null);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theScreenShowsTheWorkbooksColumnsOfTheTask() {
        String task = f.retentionTask(D, 7);
        f.retentionTask(D, 8);

        CallListRow row = rows.row(D, task).orElseThrow();

        assertThat(row.taskId()).isEqualTo(task);
        assertThat(row.phone()).isEqualTo(OutcomeFixture.phone(7));
        assertThat(row.currentTariff()).isEqualTo("OLD");
        assertThat(row.offerTariff()).isEqualTo("NEW");
        assertThat(row.monthlySaving()).isEqualByComparingTo(new BigDecimal("150"));
        assertThat(row.localWindow()).isEqualTo("08:00–22:00 Europe/Moscow");
        assertThat(rows.row(D.plusDays(1), task)).as("not on another day's list").isEmpty();
    }

    @Test
    void anAgentTakesFromTheirOwnListsAndAnAdminFromTheListTheyPick() {
        LocalDate today = desk.today();
        String b2c = f.retentionTask(today, 1);
        String b2b = f.task(today, 2, "RETENTION", "SAVING", true, 1, "RETENTION_B2B");
        // the fixture's window is of the list date; "now" is the real clock here
        jdbc.update("UPDATE call_task SET earliest_utc = now() - interval '1 hour', latest_utc = now() + interval '1 hour'");
        AppUser admin = new AppUser("root", Role.ADMIN, Set.of(), null, true);

        assertThat(desk.teams(ANNA)).containsExactly(TEAM);
        assertThat(desk.teams(admin)).containsExactly("RETENTION_B2B", TEAM);
        assertThatThrownBy(() -> desk.next(ANNA, "RETENTION_B2B")).isInstanceOf(AccessDeniedException.class);
        assertThat(desk.next(admin, "RETENTION_B2B").orElseThrow().row().taskId()).isEqualTo(b2b);
        assertThat(desk.next(ANNA, null).orElseThrow().row().taskId()).isEqualTo(b2c);
        assertThat(desk.next(new AppUser("boris", Role.AGENT, Set.of(TEAM), null, true), null))
                .as("anna holds the only B2C task").isEmpty();
    }

    @Test
    void aRejectIsOneLineAndWritesNothing() {
        String dunning = f.dunningTask(D, 1);
        String retention = f.retentionTask(D, 2);
        claims.next("anna", Set.of(TEAM), D, Instant.parse("2026-11-23T09:00:00Z"));

        assertThatThrownBy(() -> desk.save(ANNA, dunning, code("ACCEPTED")))
                .isInstanceOf(OutcomeRejectedException.class)
                .hasMessage("outcome 'ACCEPTED': ACCEPTED, but the task has no offer to accept");
        assertThatThrownBy(() -> desk.save(ANNA, retention, code("CALLBACK")))
                .isInstanceOf(OutcomeRejectedException.class)
                .hasMessage("callback_at: CALLBACK needs a callback_at");
        assertThatThrownBy(() -> desk.save(ANNA, retention, new TaskOutcome("PROMISE_TO_PAY", null, null, null,
                "30.02.2026", "100", null, null))).isInstanceOf(OutcomeRejectedException.class)
                .hasMessageStartingWith("promise_date '30.02.2026'");
        assertThatThrownBy(() -> desk.save(ANNA, f.task(D, 3, "RETENTION", "SAVING", true, 1, "RETENTION_B2B"),
                code("DECLINED"))).isInstanceOf(AccessDeniedException.class);

        assertThat(count("SELECT count(*) FROM outcome")).isZero();
        assertThat(count("SELECT count(*) FROM task_claim WHERE login = 'anna'")).as("the task stays anna's").isEqualTo(1);
    }

    @Test
    void aTaskWorkedHereAndLaterFoundInTheUploadedWorkbookIsNotAppliedTwice() throws IOException {
        String accepted = f.retentionTask(D, 1);
        String other = f.retentionTask(D, 2);
        Path workbook = lists.workbook(D, TEAM, Path.of(OUT)).orElseThrow().file();

        TaskOutcomes.Recorded recorded = desk.save(ANNA, accepted, code("ACCEPTED"));
        assertThat(recorded.alreadyRecorded()).isFalse();
        String deskFile = jdbc.queryForObject("SELECT source_file FROM outcome WHERE task_id = ?", String.class, accepted);
        assertThat(count("SELECT count(*) FROM tariff_order WHERE task_id = ?", accepted)).isEqualTo(1);

        // the team's copy of the list comes back worked: the same task ACCEPTED by the same agent, and another
        ImportSummary summary = imports.importFile("outcomes",
                worked(workbook, Map.of(accepted, "ACCEPTED", other, "DECLINED")), false);

        assertThat(summary.rejected()).isZero();
        assertThat(count("SELECT count(*) FROM tariff_order WHERE task_id = ?", accepted)).as("one order").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT source_file FROM outcome WHERE task_id = ?", String.class, accepted))
                .as("the desk's outcome stands").isEqualTo(deskFile);
        assertThat(jdbc.queryForObject("SELECT outcome FROM outcome WHERE task_id = ?", String.class, other))
                .isEqualTo("DECLINED");
        assertThat(f.offerStatus(accepted)).isEqualTo("ACCEPTED");
        assertThat(f.offerStatus(other)).isEqualTo("DECLINED");
    }

    /** The exported workbook with the outcome column filled in for some tasks, as a team returns it. */
    private Path worked(Path exported, Map<String, String> outcomes) throws IOException {
        Path target = dir.resolve(exported.getFileName());
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String code = outcomes.get(row.getCell(columns.get("task_id")).getStringCellValue());
                if (code != null) {
                    row.createCell(columns.get("outcome")).setCellValue(code);
                    row.createCell(columns.get("agent")).setCellValue("anna");
                }
            }
            book.write(out);
        }
        return target;
    }
}
