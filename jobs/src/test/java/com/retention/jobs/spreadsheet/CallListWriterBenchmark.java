package com.retention.jobs.spreadsheet;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.stream.IntStream;

/**
 * Rows per second of the call-list writer (a measurement, not a test): generated rows of a
 * realistic mix, written to a real file. Run with the test classpath:
 * {@code java -cp ... com.retention.jobs.spreadsheet.CallListWriterBenchmark 200000 /tmp/bench}.
 */
public final class CallListWriterBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("call-list-bench");
        LocalDate date = LocalDate.of(2026, 11, 21);
        CallListWorkbookWriter writer = new CallListWorkbookWriter();

        writer.write(out, date, "WARMUP", rows(20_000)); // JIT warm-up
        Runtime runtime = Runtime.getRuntime();
        // CPU time of this thread as well as wall time: on a shared machine the wall clock mostly
        // measures the neighbours. The writer is single-threaded, so thread CPU is its real cost.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            CallListFile file = writer.write(out, date, "RETENTION_B2C", rows(rows));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("run %d: %,d rows, wall %.2f s = %,.0f rows/s, cpu %.2f s = %,.0f rows/s, "
                            + "file %,d bytes, heap used %,d MB%n",
                    run, file.rows(), seconds, file.rows() / seconds, cpuSeconds, file.rows() / cpuSeconds,
                    Files.size(file.path()), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    static Iterator<CallListRow> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(CallListWriterBenchmark::row).iterator();
    }

    public static CallListRow row(int i) {
        boolean dunning = i % 3 == 0;
        String name = i % 1000 == 0 ? "=HYPERLINK(\"http://x\",\"" + i + "\")" : "Иванова Анна Сергеевна " + i;
        return new CallListRow("20261121-%06d".formatted(i), i, dunning ? "DUNNING" : "RETENTION",
                dunning ? "REMINDER_CALL" : "SAVING", "S%08d".formatted(i), name,
                "+7916%07d".formatted(i % 10_000_000), "09:00–20:00 Asia/Vladivostok", "B2C",
                "LEGACY_M", dunning ? null : "SMART_M",
                dunning ? null : BigDecimal.valueOf(10_000 + i % 50_000, 2),
                dunning ? BigDecimal.valueOf(100_000 + i % 900_000, 2) : null, dunning ? 6 + i % 9 : null, null,
                "Здравствуйте! Предложите тариф SMART_M: экономия 123,45 ₽ в месяц.", 1 + i % 3);
    }
}
