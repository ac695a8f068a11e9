package com.retention.jobs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.errors.JobFailedException;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Each outcome code's consequence in the tables and files, as {@code import outcomes} applies it. */
@TestPropertySource(properties = "retention.output=" + OutcomeImportTest.OUT)
class OutcomeImportTest extends IntegrationTest {

    static final String OUT = "target/outcome-test-out";
    static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    OutcomeFixture f;

    @BeforeEach
    void operator() throws IOException {
        f = new OutcomeFixture(jdbc);
        deleteTree(Path.of(OUT));
    }

    @Test
    void everyCodeHasItsConsequence() throws IOException {
        String accepted = f.retentionTask(D, 1);
        String declined = f.retentionTask(D, 2);
        String callback = f.retentionTask(D, 3);
        String noAnswer = f.retentionTask(D, 4);
        String busyLast = f.task(D, 5, "RETENTION", "SAVING", true, 3);
        String voicemail = f.task(D, 6, "RETENTION", "SAVING", true, 2);
        String wrong = f.retentionTask(D, 7);
        String dnc = f.retentionTask(D, 8);
        String promise = f.dunningTask(D, 9);
        String paid = f.dunningTask(D, 10);
        String notified = f.task(D, 11, "OUTAGE", "APOLOGY", false, 1);
        String complaint = f.retentionTask(D, 12);
        String notWorked = f.retentionTask(D, 13);
        LocalDateTime at = D.atTime(10, 15);
        Path file = new OutcomeWorkbook()
                .row("task_id", accepted, "outcome", "ACCEPTED", "contacted_at", at, "talk_seconds", 240, "agent", "anna")
                .row("task_id", declined, "outcome", "declined", "contacted_at", at, "agent", "anna")
                .row("task_id", callback, "outcome", "CALLBACK", "callback_at", "24.11.2026 18:30", "agent", "anna")
                .row("task_id", noAnswer, "outcome", "NO_ANSWER", "agent", "anna")
                .row("task_id", busyLast, "outcome", "BUSY", "agent", "anna")
                .row("task_id", voicemail, "outcome", "VOICEMAIL", "agent", "anna")
                .row("task_id", wrong, "outcome", "WRONG_NUMBER", "agent", "boris")
                .row("task_id", dnc, "outcome", "DO_NOT_CALL", "contacted_at", "2026-11-23 11:00", "agent", "boris")
                .row("task_id", promise, "outcome", "PROMISE_TO_PAY", "promise_date", LocalDate.of(2026, 11, 30),
                        "promise_amount", "1 234,50", "agent", "boris")
                .row("task_id", paid, "outcome", "PAID", "contacted_at", at, "agent", "boris")
                .row("task_id", notified, "outcome", "NOTIFIED", "agent", "boris")
                .row("task_id", complaint, "outcome", "COMPLAINT", "agent", "boris", "note", "=rude; wants a manager")
                .row("task_id", notWorked)
                .write(dir.resolve("RETENTION_B2C.xlsx"));

        ImportSummary summary = imports.importFile("outcomes", file, false);

        assertThat(summary.rejected()).as(summary.line()).isZero();
        assertThat(summary.read()).isEqualTo(13);
        assertThat(summary.line()).contains("read 13, loaded 12, rejected 0, not worked yet 1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isEqualTo(12);
        assertThat(f.status(notWorked)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome WHERE task_id = ?", Long.class, notWorked)).isZero();

        Map<String, Object> order = jdbc.queryForMap("SELECT * FROM tariff_order");
        assertThat(order).containsEntry("order_id", "O-" + accepted).containsEntry("subscriber_id", "S1")
                .containsEntry("from_tariff", "OLD").containsEntry("to_tariff", "NEW").containsEntry("task_id", accepted);
        assertThat(order.get("business_date").toString()).isEqualTo("2026-11-23");
        assertThat(f.offerStatus(accepted)).isEqualTo("ACCEPTED");
        assertThat(f.offerStatus(declined)).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM offer WHERE status <> 'OPEN' AND decided_at IS NULL", Long.class))
                .isZero();

        assertThat(List.of(accepted, declined, busyLast, wrong, dnc, promise, paid, notified, complaint))
                .allSatisfy(t -> assertThat(f.status(t)).as(t).isEqualTo("CLOSED"));
        assertThat(List.of(callback, noAnswer, voicemail)).allSatisfy(t -> assertThat(f.status(t)).as(t).isEqualTo("OPEN"));
        assertThat(jdbc.queryForObject("SELECT callback_at = TIMESTAMPTZ '2026-11-24 18:30+03' FROM outcome WHERE task_id = ?",
                Boolean.class, callback)).isTrue();

        assertThat(jdbc.queryForList("SELECT phone FROM invalid_phone", String.class)).containsExactly(OutcomeFixture.phone(7));
        Map<String, Object> dncRow = jdbc.queryForMap("SELECT * FROM dnc");
        assertThat(dncRow).containsEntry("phone", OutcomeFixture.phone(8)).containsEntry("reason", "DO_NOT_CALL outcome");
        assertThat(dncRow.get("added_on").toString()).isEqualTo("2026-11-23");

        assertThat(jdbc.queryForList("SELECT account_id || ' ' || paused_until || ' ' || reason FROM dunning_pause ORDER BY 1",
                String.class)).containsExactly("A10 2026-11-26 PAID", "A9 2026-12-01 PROMISE_TO_PAY");
        assertThat(jdbc.queryForObject("SELECT promise_amount FROM outcome WHERE task_id = ?", java.math.BigDecimal.class, promise))
                .isEqualByComparingTo("1234.50");

        assertThat(Files.readAllLines(Path.of(OUT, "handover/2026-11-23/complaints.csv"))).containsExactly(
                "task_id,subscriber_id,phone,agent,note",
                complaint + ",S12," + OutcomeFixture.phone(12) + ",boris,'=rude; wants a manager");
        assertThat(Files.readAllLines(Path.of(OUT, "orders/2026-11-23/tariff-changes.csv"))).containsExactly(
                "order_id,subscriber_id,from_tariff,to_tariff,accepted_at,task_id",
                "O-" + accepted + ",S1,OLD,NEW,2026-11-23T07:15:00Z," + accepted);
    }

    @Test
    void theSameFileImportedTwiceChangesNothing() throws IOException {
        String accepted = f.retentionTask(D, 1);
        String noAnswer = f.retentionTask(D, 2);
        String dnc = f.retentionTask(D, 3);
        String promise = f.dunningTask(D, 4);
        Path file = new OutcomeWorkbook()
                .row("task_id", accepted, "outcome", "ACCEPTED", "contacted_at", D.atTime(9, 0))
                .row("task_id", noAnswer, "outcome", "NO_ANSWER", "contacted_at", D.atTime(9, 5))
                .row("task_id", noAnswer, "outcome", "CALLBACK", "contacted_at", D.atTime(12, 0), "callback_at", D.atTime(17, 0))
                .row("task_id", dnc, "outcome", "DO_NOT_CALL")
                .row("task_id", promise, "outcome", "PROMISE_TO_PAY", "promise_date", "2026-11-28")
                .write(dir.resolve("list.xlsx"));
        assertThat(imports.importFile("outcomes", file, false).rejected()).isZero();
        List<Map<String, Object>> before = snapshot();

        Path copy = Files.copy(file, dir.resolve("list again.xlsx"));
        ImportSummary again = imports.importFile("outcomes", copy, false);
        ImportSummary same = imports.importFile("outcomes", file, false);

        assertThat(again.rejected()).as(again.line()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(same.alreadyImported()).isTrue();
        assertThat(jdbc.queryForObject("SELECT outcome FROM outcome WHERE task_id = ?", String.class, noAnswer))
                .isEqualTo("CALLBACK");
    }

    @Test
    void aFailedImportRestartsFromWhereItStoppedWhenTheSameFileIsImportedAgain() throws IOException {
        String complaint = f.retentionTask(D, 1);
        String accepted = f.retentionTask(D, 2);
        Path file = new OutcomeWorkbook()
                .row("task_id", complaint, "outcome", "COMPLAINT", "note", "billing error")
                .row("task_id", accepted, "outcome", "ACCEPTED")
                .write(dir.resolve("list.xlsx"));
        Path blocker = Files.createDirectories(Path.of(OUT)).resolve("handover");
        Files.writeString(blocker, "a file where the handover folder should be");

        assertThatThrownBy(() -> imports.importFile("outcomes", file, false)).isInstanceOf(JobFailedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).as("the rows step committed").isEqualTo(2);

        Files.delete(blocker);
        ImportSummary restarted = imports.importFile("outcomes", file, false);

        assertThat(restarted.alreadyImported()).isFalse();
        assertThat(restarted.read()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isOne();
        assertThat(Files.readAllLines(Path.of(OUT, "handover/2026-11-23/complaints.csv"))).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_step_execution WHERE step_name = 'import-outcomes-rows'"
                + " AND job_execution_id = ?", Long.class, restarted.executionId()))
                .as("the restart did not read the rows again").isZero();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                SELECT 'outcome' AS t, task_id || outcome || imported_at AS v FROM outcome
                UNION ALL SELECT 'task', task_id || status FROM call_task
                UNION ALL SELECT 'order', order_id || accepted_at FROM tariff_order
                UNION ALL SELECT 'offer', offer_id || status || coalesce(decided_at::text, '') FROM offer
                UNION ALL SELECT 'dnc', phone || added_on FROM dnc
                UNION ALL SELECT 'pause', account_id || paused_until || task_id FROM dunning_pause
                ORDER BY 1, 2""");
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
