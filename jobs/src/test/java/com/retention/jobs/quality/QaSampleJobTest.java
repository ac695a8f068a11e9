package com.retention.jobs.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run qa-sample --month 2026-11} over outcomes imported as a dialer sends them (csat included):
 * each agent's reached calls of November, complaints first, then the lowest ratings, then the draw;
 * not-reached calls and December's left out; the same picks and files on a re-run.
 */
class QaSampleJobTest extends IntegrationTest {

    static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);

    @TempDir
    Path dir;

    private int rank;

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('OLD', 'Old', 500, 'LEGACY')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES"
                + " ('MSK', 'Moscow', NULL, 'REGION', 'Europe/Moscow')");
    }

    @Test
    void eachAgentsWorstCallsFirstThenTheDrawAndTheSameOnARerun() throws IOException {
        StringBuilder csv = new StringBuilder("task_id,outcome,contacted_at,talk_seconds,agent,csat,ring_seconds,wait_seconds\n");
        List<String> annaUnrated = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String task = task(NOV_5, "S" + i);
            annaUnrated.add(task);
            csv.append(task).append(",DECLINED,2026-11-05T10:00:00+03:00,60,anna,,12,30\n");
        }
        String complaint = task(NOV_5, "S20");
        csv.append(complaint).append(",COMPLAINT,2026-11-05T11:00:00+03:00,200,anna,,,\n");
        String rated2 = task(NOV_5, "S21");
        csv.append(rated2).append(",DECLINED,2026-11-05T12:00:00+03:00,90,anna,2,,\n");
        String rated5 = task(NOV_5, "S22");
        csv.append(rated5).append(",DECLINED,2026-11-06T12:00:00+03:00,90,anna,5,,\n");
        String noAnswer = task(NOV_5, "S23");
        csv.append(noAnswer).append(",NO_ANSWER,2026-11-06T12:00:00+03:00,0,anna,,40,\n");
        String december = task(NOV_5, "S24");
        csv.append(december).append(",DECLINED,2026-12-01T09:30:00+03:00,30,anna,1,,\n");
        String boris1 = task(NOV_5, "S30");
        csv.append(boris1).append(",DO_NOT_CALL,2026-11-30T23:30:00+03:00,30,boris,,,\n");
        String boris2 = task(NOV_5, "S31");
        csv.append(boris2).append(",WRONG_NUMBER,2026-11-07T10:00:00+03:00,10,boris,,,\n");
        String badRating = task(NOV_5, "S32");
        csv.append(badRating).append(",DECLINED,2026-11-07T10:00:00+03:00,10,boris,7,,\n");
        Path file = dir.resolve("dialer.csv");
        Files.writeString(file, csv);
        Cli.Result imported = Cli.run("import", "outcomes", file.toString());
        String rejects = Files.readString(dir.resolve("dialer.csv.rejects.csv"));
        assertThat(imported.out()).as(rejects).contains("rejected 1");
        assertThat(rejects).contains(badRating, "csat", "csat must be 1 to 5");
        assertThat(jdbc.queryForMap("SELECT csat, ring_seconds, wait_seconds FROM outcome WHERE task_id = ?", rated2))
                .containsEntry("csat", 2);
        assertThat(jdbc.queryForMap("SELECT ring_seconds, wait_seconds FROM outcome WHERE task_id = ?",
                annaUnrated.get(0))).isEqualTo(Map.of("ring_seconds", 12, "wait_seconds", 30));

        Path out = dir.resolve("out");
        Cli.Result sampled = Cli.run("run", "qa-sample", "--month", "2026-11", "--retention.qa.calls-per-agent=4",
                "--retention.output=" + out);

        assertThat(sampled.exitCode()).as(sampled.err()).isZero();
        List<Map<String, Object>> picks = picks();
        String drawn = annaUnrated.stream()
                .min(java.util.Comparator.comparing(t -> com.retention.domain.quality.QaSampling.draw(java.time.YearMonth.of(2026, 11), t)))
                .orElseThrow();
        assertThat(picks).containsExactly(
                Map.of("agent", "anna", "task_id", complaint, "reason", "COMPLAINT"),
                Map.of("agent", "anna", "task_id", rated2, "reason", "CSAT"),
                Map.of("agent", "anna", "task_id", rated5, "reason", "CSAT"),
                Map.of("agent", "anna", "task_id", drawn, "reason", "RANDOM"),
                Map.of("agent", "boris", "task_id", boris1, "reason", "RANDOM"));
        Path folder = out.resolve("qa/2026-11");
        List<String> lines = Files.readAllLines(folder.resolve("sample.csv"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("team,task_id,agent,subscriber_id,phone,contacted_at,campaign,step,outcome,"
                + "talk_seconds,csat,note,why_picked");
        assertThat(lines.get(1)).startsWith("RETENTION_B2C," + complaint + ",anna,S20,").endsWith(",complaint");
        assertThat(lines.get(2)).endsWith(",2,,csat 2");
        try (InputStream in = Files.newInputStream(folder.resolve("RETENTION_B2C.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(complaint);
            assertThat(sheet.getRow(5).getCell(11).getStringCellValue()).isEqualTo("random draw");
        }

        Cli.Result again = Cli.run("run", "qa-sample", "--month", "2026-11", "--rerun",
                "--retention.qa.calls-per-agent=4", "--retention.output=" + out);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(picks()).isEqualTo(picks);
        assertThat(Files.readAllLines(folder.resolve("sample.csv"))).isEqualTo(lines);
    }

    @Test
    void theMonthIsForQaSampleOnly() {
        assertThat(Cli.run("run", "qa-sample", "--date", "2026-11-05").err())
                .contains("qa-sample takes --month M (e.g. 2026-11), not --date");
        assertThat(Cli.run("run", "scoring", "--month", "2026-11").err())
                .contains("--month is for qa-sample; scoring takes --date D");
    }

    private List<Map<String, Object>> picks() {
        return jdbc.queryForList("SELECT agent, task_id, reason FROM qa_sample WHERE month = DATE '2026-11-01'"
                + " ORDER BY agent, rank");
    }

    private String task(LocalDate date, String subscriber) {
        jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", "A-" + subscriber);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                                        activated_on)
                VALUES (?, ?, ?, ?, 'OLD', 'MSK', 'ACTIVE', DATE '2024-01-01')""",
                subscriber, "A-" + subscriber, "Name " + subscriber, "+7916" + String.format("%07d", ++rank));
        long candidate = jdbc.queryForObject("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                VALUES (?, ?, 'CALL', 'RETENTION', 'SAVING', 'LISTED') RETURNING candidate_id""", Long.class,
                Date.valueOf(date), subscriber);
        String taskId = date.toString().replace("-", "") + String.format("-%06d", rank);
        OffsetDateTime start = date.atTime(9, 0).atOffset(ZoneOffset.ofHours(3));
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign,
                                       step, earliest_utc, latest_utc, local_window)
                SELECT ?, ?, ?, 'RETENTION_B2C', ?, subscriber_id, phone, 'RETENTION', 'SAVING', ?, ?,
                       '09:00–20:00 Europe/Moscow'
                FROM subscriber WHERE subscriber_id = ?""",
                taskId, Date.valueOf(date), candidate, rank, start, start.plusHours(11), subscriber);
        return taskId;
    }
}
