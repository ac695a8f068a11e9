package com.retention.jobs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.scheduling.InboxFileHandler;
import com.retention.jobs.scheduling.InboxPoller;
import com.retention.jobs.scheduling.ScheduleProperties;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.support.IntegrationTest;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.test.context.TestPropertySource;

/** {@code serve}'s inbox with the real outcome importer: worked lists in, done/ or failed/ out. */
@TestPropertySource(properties = "retention.output=" + OutcomeImportTest.OUT)
class OutcomeInboxTest extends IntegrationTest {

    static final LocalDate D = OutcomeImportTest.D;

    @Autowired
    InboxFileHandler importer;

    @TempDir
    Path inbox;

    @Test
    void theApplicationsInboxHandlerIsTheOutcomeImport() {
        assertThat(importer).isInstanceOf(OutcomeInboxImporter.class);
    }

    @Test
    void aWorkedListDroppedIntoTheInboxIsImportedOnceAndMovedToDoneWithItsRejectReport() throws Exception {
        OutcomeFixture f = new OutcomeFixture(jdbc);
        String accepted = f.retentionTask(D, 1);
        String promise = f.dunningTask(D, 2);
        String notWorked = f.retentionTask(D, 3);
        new OutcomeWorkbook()
                .row("task_id", accepted, "outcome", "ACCEPTED", "contacted_at", D.atTime(10, 15), "agent", "anna")
                .row("task_id", promise, "outcome", "PROMISE_TO_PAY", "promise_date", D.plusDays(5), "agent", "anna")
                .row("task_id", "20261123-999999", "outcome", "NO_ANSWER")
                .row("task_id", notWorked)
                .write(inbox.resolve("RETENTION_B2C.worked.xlsx"));
        InboxPoller poller = poller();

        assertThat(poller.poll()).as("first seen: it may still be copying").isZero();
        assertThat(poller.poll()).isEqualTo(1);

        Path done = inbox.resolve("done/RETENTION_B2C.worked.xlsx");
        assertThat(done).isRegularFile();
        assertThat(inbox.resolve("RETENTION_B2C.worked.xlsx")).doesNotExist();
        assertThat(inbox.resolve("done/RETENTION_B2C.worked.xlsx.rejects.csv")).content().contains("20261123-999999");
        assertThat(inbox.resolve("work")).isEmptyDirectory();
        assertThat(f.status(accepted)).isEqualTo("CLOSED");
        assertThat(f.offerStatus(accepted)).isEqualTo("ACCEPTED");
        assertThat(f.status(notWorked)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isEqualTo(1);

        // the same file dropped again (a copy that keeps its time): recognised, nothing applied twice
        Files.copy(done, inbox.resolve("RETENTION_B2C.worked.xlsx"), StandardCopyOption.COPY_ATTRIBUTES);
        poller.poll();
        assertThat(poller.poll()).isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isEqualTo(1);
        try (var files = Files.list(inbox.resolve("done"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("RETENTION_B2C.worked.xlsx")))
                    .hasSize(2);
        }
    }

    @Test
    void aHostileFileGoesToFailedWithItsOneLineReasonAndNothingIsWritten() throws Exception {
        Path evil = inbox.resolve("RETENTION_B2C.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(evil)) {
            workbook.createSheet("list").createRow(0).createCell(0).setCellValue("task_id");
            workbook.write(out);
        }
        Files.writeString(inbox.resolve("notes.csv"), "just,some\ntext,here\n");
        InboxPoller poller = poller();

        poller.poll();
        assertThat(poller.poll()).isEqualTo(2);

        assertThat(inbox.resolve("failed/RETENTION_B2C.xlsx")).isRegularFile();
        assertThat(Files.readAllLines(inbox.resolve("failed/RETENTION_B2C.xlsx.error.txt"))).singleElement().asString()
                .contains("RETENTION_B2C.xlsx", "legacy Excel 97-2003 (.xls)");
        assertThat(Files.readAllLines(inbox.resolve("failed/notes.csv.error.txt"))).singleElement().asString()
                .contains("notes.csv", "missing required column");
        assertThat(inbox.resolve("failed/RETENTION_B2C.xlsx.rejects.csv")).doesNotExist();
        assertThat(inbox.resolve("work")).isEmptyDirectory();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isZero();
    }

    /** Settle interval zero: a file is taken on the second poll that finds it unchanged. */
    private InboxPoller poller() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("outcomeInboxImporter", importer);
        ScheduleProperties schedule = new ScheduleProperties(null, null, null, inbox, Duration.ZERO, null, null, null, null, null);
        return new InboxPoller(schedule, beans.getBeanProvider(InboxFileHandler.class), Clock.systemUTC());
    }
}
