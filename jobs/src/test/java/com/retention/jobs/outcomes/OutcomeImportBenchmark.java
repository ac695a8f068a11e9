package com.retention.jobs.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import com.retention.jobs.spreadsheet.CallListColumn;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Rows per second of {@code import outcomes} on a 100 000-row filled-in call list (a measurement,
 * not part of the suite: the name does not end in Test). Run it alone, under a small heap to show
 * the import streams: {@code mvn -o -pl domain,jobs test -Dtest=OutcomeImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}. It checks what it imported, and
 * prints the time, the rate and the peak heap sampled while the import ran.
 */
@TestPropertySource(properties = "retention.output=" + OutcomeImportTest.OUT)
class OutcomeImportBenchmark extends IntegrationTest {

    static final int ROWS = Integer.getInteger("outcomes.bench.rows", 100_000);
    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final String[] CODES = {"ACCEPTED", "DECLINED", "DECLINED", "NO_ANSWER", "NO_ANSWER", "NO_ANSWER", "BUSY",
        "VOICEMAIL", "CALLBACK", null};

    @Autowired
    ImportService imports;

    @TempDir
    Path dir;

    @Test
    void importsAHundredThousandRowWorkbook() throws IOException, InterruptedException {
        new OutcomeFixture(jdbc);
        tasks(ROWS);
        Path file = workbook(dir.resolve("RETENTION_B2C.xlsx"), ROWS);
        System.out.printf("workbook: %,d rows, %,d bytes%n", ROWS, Files.size(file));

        // Thread CPU as well as wall time: on a shared machine the wall clock mostly measures the
        // neighbours. The job runs in this thread (synchronous launch); the database's work does not.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = heapSampler(peak);
        System.gc();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ImportSummary summary = imports.importFile("outcomes", file, false);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        sampler.join();

        long worked = ROWS - ROWS / CODES.length;
        System.out.printf("import outcomes: %,d rows, wall %.1f s = %,.0f rows/s, job thread cpu %.1f s = %,.0f rows/s;"
                + " peak heap used %,d MB of max %,d MB%n", summary.read(), seconds, summary.read() / seconds,
                cpuSeconds, summary.read() / cpuSeconds, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        assertThat(summary.read()).isEqualTo(ROWS);
        assertThat(summary.rejected()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isEqualTo(worked);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isEqualTo(ROWS / CODES.length);
    }

    /** Every call task of the list, set-based: subscriber, offer, candidate, task. */
    private void tasks(int n) {
        jdbc.update("INSERT INTO account SELECT 'A' || i FROM generate_series(1, ?) i", n);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, activated_on)
                SELECT 'S' || i, 'A' || i, 'Subscriber ' || i, '+7916' || lpad(i::text, 7, '0'), 'OLD', 'MSK', 'ACTIVE',
                       DATE '2024-01-01'
                FROM generate_series(1, ?) i""", n);
        jdbc.update("""
                INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, current_cost,
                                   offer_cost, monthly_saving, valid_until)
                SELECT ?, 'S' || i, 'OLD', 'NEW', 'SAVING', 600, 450, 150, ? FROM generate_series(1, ?) i ORDER BY i""",
                D, D.plusDays(30), n);
        jdbc.update("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, offer_id, attempt, decision)
                SELECT ?, 'S' || i, 'CALL', 'RETENTION', 'SAVING', i, 1, 'LISTED' FROM generate_series(1, ?) i ORDER BY i""",
                D, n);
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign, step,
                                       earliest_utc, latest_utc, local_window, attempt)
                SELECT '20261123-' || lpad(i::text, 6, '0'), ?, i, 'RETENTION_B2C', i, 'S' || i,
                       '+7916' || lpad(i::text, 7, '0'), 'RETENTION', 'SAVING', TIMESTAMPTZ '2026-11-23 05:00Z',
                       TIMESTAMPTZ '2026-11-23 19:00Z', '08:00–22:00 Europe/Moscow', 1
                FROM generate_series(1, ?) i""", D, n);
    }

    /** The call list's 25 columns, filled in as agents do, streamed with SXSSF. */
    private static Path workbook(Path file, int n) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("RETENTION_B2C");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Row header = sheet.createRow(0);
            for (CallListColumn column : CallListColumn.values()) {
                header.createCell(column.index()).setCellValue(column.header());
            }
            for (int i = 1; i <= n; i++) {
                Row row = sheet.createRow(i);
                text(row, CallListColumn.TASK_ID, "20261123-%06d".formatted(i));
                row.createCell(CallListColumn.PRIORITY.index()).setCellValue(i);
                text(row, CallListColumn.CAMPAIGN, "RETENTION");
                text(row, CallListColumn.STEP, "SAVING");
                text(row, CallListColumn.SUBSCRIBER_ID, "S" + i);
                text(row, CallListColumn.FULL_NAME, "Иванова Анна Сергеевна " + i);
                text(row, CallListColumn.PHONE, "+7916%07d".formatted(i));
                text(row, CallListColumn.LOCAL_WINDOW, "08:00–22:00 Europe/Moscow");
                text(row, CallListColumn.SEGMENT, "B2C");
                text(row, CallListColumn.CURRENT_TARIFF, "OLD");
                text(row, CallListColumn.OFFER_TARIFF, "NEW");
                row.createCell(CallListColumn.MONTHLY_SAVING.index()).setCellValue(150);
                text(row, CallListColumn.SCRIPT, "Здравствуйте! Предложите тариф NEW: экономия 150,00 ₽ в месяц.");
                row.createCell(CallListColumn.ATTEMPT.index()).setCellValue(1);
                String code = CODES[i % CODES.length];
                if (code != null) {
                    text(row, CallListColumn.OUTCOME, code);
                    var at = row.createCell(CallListColumn.CONTACTED_AT.index());
                    at.setCellValue(D.atTime(9 + i % 12, i % 60));
                    at.setCellStyle(dateTime);
                    row.createCell(CallListColumn.TALK_SECONDS.index()).setCellValue(i % 300);
                    if (code.equals("CALLBACK")) {
                        text(row, CallListColumn.CALLBACK_AT, "24.11.2026 18:00");
                    }
                    text(row, CallListColumn.NOTE, i % 7 == 0 ? "перезвонить после работы" : null);
                    text(row, CallListColumn.AGENT, "agent-" + (i % 25));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    private static void text(Row row, CallListColumn column, String value) {
        if (value != null) {
            row.createCell(column.index()).setCellValue(value);
        }
    }

    private static Thread heapSampler(AtomicLong peak) {
        Runtime runtime = Runtime.getRuntime();
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
