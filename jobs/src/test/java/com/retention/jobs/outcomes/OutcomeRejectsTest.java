package com.retention.jobs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Bad rows go to the reject report with their row and reason; the good rows of the same file apply. */
@TestPropertySource(properties = "retention.output=" + OutcomeImportTest.OUT)
class OutcomeRejectsTest extends IntegrationTest {

    static final LocalDate D = OutcomeImportTest.D;

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    OutcomeFixture f;

    @BeforeEach
    void operator() {
        f = new OutcomeFixture(jdbc);
    }

    @Test
    void eachRejectionReasonIsReportedWithItsRowAndTheGoodRowsApply() throws IOException {
        String good = f.retentionTask(D, 1);
        String closed = f.retentionTask(D, 2);
        String promise = f.dunningTask(D, 3);
        String noOffer = f.dunningTask(D, 4);
        String yesterday = f.retentionTask(D.minusDays(1), 5);
        String callback = f.retentionTask(D, 6);
        imports.importFile("outcomes", new OutcomeWorkbook()
                .row("task_id", closed, "outcome", "ACCEPTED", "contacted_at", "2026-11-23 09:00")
                .write(dir.resolve("morning.xlsx")), false);

        Path file = new OutcomeWorkbook()
                .row("task_id", good, "outcome", "DECLINED")                                           // row 2
                .row("task_id", "20261123-999999", "outcome", "DECLINED")                              // row 3
                .row("task_id", "garbage", "outcome", "NO_ANSWER")                                     // row 4
                .row("task_id", promise, "outcome", "MAYBE LATER")                                     // row 5
                .row("task_id", promise, "outcome", "PROMISE_TO_PAY", "promise_amount", 500)           // row 6
                .row("task_id", closed, "outcome", "DECLINED", "contacted_at", "2026-11-23 15:00")     // row 7
                .row("task_id", closed, "outcome", "ACCEPTED", "contacted_at", "2026-11-23 09:00")     // row 8: no-op
                .row("task_id", yesterday, "outcome", "NO_ANSWER")                                     // row 9
                .row("task_id", noOffer, "outcome", "ACCEPTED")                                        // row 10
                .row("task_id", callback, "outcome", "CALLBACK")                                       // row 11
                .row("task_id", good, "outcome", "DECLINED", "talk_seconds", "a minute")               // row 12
                .row("task_id", noOffer)                                                               // row 13: not worked
                .write(dir.resolve("afternoon.xlsx"));

        ImportSummary summary = imports.importFile("outcomes", file, false);

        assertThat(summary.read()).isEqualTo(12);
        assertThat(summary.rejected()).isEqualTo(9);
        Path report = dir.resolve("afternoon.xlsx.rejects.csv");
        assertThat(summary.report()).isEqualTo(report.toString());
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFrow,column,value,reason,key",
                "3,task_id,20261123-999999,unknown task,task_id=20261123-999999",
                "4,task_id,garbage,unknown task (a task id looks like 20261122-000042),task_id=garbage",
                "5,outcome,MAYBE LATER,\"unknown code; expected one of ACCEPTED, DECLINED, CALLBACK, NO_ANSWER, BUSY, "
                        + "VOICEMAIL, WRONG_NUMBER, DO_NOT_CALL, PROMISE_TO_PAY, PAID, NOTIFIED, COMPLAINT\",task_id=" + promise,
                "6,promise_date,,PROMISE_TO_PAY needs a promise_date,task_id=" + promise,
                "7,outcome,DECLINED,the task is closed with outcome ACCEPTED; a different outcome is not accepted,task_id="
                        + closed,
                "9,task_id," + yesterday + ",\"task of the list of 2026-11-22, but this file is the list of 2026-11-23\","
                        + "task_id=" + yesterday,
                "10,outcome,ACCEPTED,\"ACCEPTED, but the task has no offer to accept\",task_id=" + noOffer,
                "11,callback_at,,CALLBACK needs a callback_at,task_id=" + callback,
                "12,talk_seconds,a minute,not a number,task_id=" + good);
        assertThat(jdbc.queryForList("SELECT task_id || ' ' || outcome FROM outcome ORDER BY 1", String.class))
                .containsExactly(good + " DECLINED", closed + " ACCEPTED");
        assertThat(f.offerStatus(closed)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dunning_pause", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_reject", Long.class)).isZero();
    }

    @Test
    void hiddenRowsExtraColumnsResortedRowsAndDateCellsReadAsTheAgentMeantThem() throws IOException {
        String first = f.dunningTask(D, 1);
        String second = f.dunningTask(D, 2);
        String third = f.retentionTask(D, 3);
        String fourth = f.retentionTask(D, 4);
        Path file = new OutcomeWorkbook().extraColumn("supervisor remark").extraColumn("")
                .row("task_id", fourth, "outcome", "Complaint", "note", "+7 said: \"call my lawyer\"\nsecond line",
                        "supervisor remark", "escalate")
                .hiddenRow("task_id", third, "outcome", "NO_ANSWER", "contacted_at", D.atTime(14, 5), "talk_seconds", 0)
                .row("task_id", second, "outcome", "PROMISE_TO_PAY", "promise_date", "30.11.2026",
                        "contacted_at", "23.11.2026 10:30", "promise_amount", 1500.5)
                .row("task_id", first, "outcome", "PROMISE_TO_PAY", "promise_date", LocalDate.of(2026, 11, 27),
                        "contacted_at", D.atTime(9, 45), "agent", "  Анна К. ")
                .write(dir.resolve("worked.xlsx"));

        ImportSummary summary = imports.importFile("outcomes", file, false);

        assertThat(summary.rejected()).as(summary.line()).isZero();
        assertThat(jdbc.queryForList("""
                SELECT task_id || ' ' || outcome || ' ' || coalesce(to_char(contacted_at AT TIME ZONE 'Europe/Moscow',
                       'YYYY-MM-DD HH24:MI'), '-') || ' ' || coalesce(promise_date::text, '-') || ' '
                       || coalesce(promise_amount::text, '-') || ' ' || coalesce(agent, '-')
                FROM outcome ORDER BY task_id""", String.class)).containsExactly(
                first + " PROMISE_TO_PAY 2026-11-23 09:45 2026-11-27 - Анна К.",
                second + " PROMISE_TO_PAY 2026-11-23 10:30 2026-11-30 1500.50 -",
                third + " NO_ANSWER 2026-11-23 14:05 - - -",
                fourth + " COMPLAINT - - - -");
        assertThat(jdbc.queryForList("SELECT account_id || ' ' || paused_until FROM dunning_pause ORDER BY 1", String.class))
                .containsExactly("A1 2026-11-28", "A2 2026-12-01");
        String complaints = Files.readString(Path.of(OutcomeImportTest.OUT, "handover/2026-11-23/complaints.csv"));
        assertThat(complaints).contains(fourth + ",S4," + OutcomeFixture.phone(4) + ",,\"'+7 said: \"\"call my lawyer\"\"\nsecond line\"");
    }

    @Test
    void aDialerCsvWithTheOutcomeColumnsImportsThroughTheCommandLine() throws IOException {
        String accepted = f.retentionTask(D, 1);
        String wrong = f.retentionTask(D, 2);
        Path out = dir.resolve("out");
        Path csv = Files.writeString(dir.resolve("dialer-export.csv"), """
                task_id;outcome;contacted_at;talk_seconds;agent;callback_at;promise_date;promise_amount;note
                %s;ACCEPTED;2026-11-23T12:00+03:00;185;dialer-7;;;;
                %s;WRONG_NUMBER;23.11.2026 12:10;12;dialer-7;;;;not him
                """.formatted(accepted, wrong));

        Cli.Result result = Cli.run("import", "outcomes", csv.toString(), "--retention.output=" + out);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("import outcomes dialer-export.csv: read 2, loaded 2, rejected 0");
        assertThat(jdbc.queryForList("SELECT phone FROM invalid_phone", String.class)).containsExactly(OutcomeFixture.phone(2));
        assertThat(Files.readAllLines(out.resolve("orders/2026-11-23/tariff-changes.csv")))
                .containsExactly("order_id,subscriber_id,from_tariff,to_tariff,accepted_at,task_id",
                        "O-" + accepted + ",S1,OLD,NEW,2026-11-23T09:00:00Z," + accepted);

        Files.delete(out.resolve("orders/2026-11-23/tariff-changes.csv"));
        Cli.Result export = Cli.run("export", "orders", "--date", "2026-11-23", "--out", out.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(out.resolve("orders/2026-11-23/tariff-changes.csv")).exists();
    }

    @Test
    void anUnreadableFileOrOneWithoutTheOutcomeColumnIsRefusedWhole() throws IOException {
        f.retentionTask(D, 1);
        Path noOutcome = Files.writeString(dir.resolve("list.csv"), "task_id,agent\n20261123-000001,anna\n");
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});

        Cli.Result missing = Cli.run("import", "outcomes", noOutcome.toString());
        Cli.Result legacy = Cli.run("import", "outcomes", xls.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing required column outcome").hasLineCount(1);
        assertThat(legacy.exitCode()).isEqualTo(2);
        assertThat(legacy.err()).contains("old.xlsx").hasLineCount(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isZero();
        assertThat(List.of(f.status(OutcomeFixture.taskId(D, 1)))).containsExactly("OPEN");
    }
}
