package com.retention.jobs.imports;

import com.retention.jobs.cli.RetentionCli;
import com.retention.jobs.support.TestDatabase;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * Not a test: measures rows/s and peak heap of a 1 000 000-row usage CSV import against the
 * embedded PostgreSQL. Run with a small heap to show memory stays bounded, e.g.
 * {@code java -Xmx256m -cp <test classpath> com.retention.jobs.imports.UsageImportBenchmark [rows]}.
 */
public final class UsageImportBenchmark {

    private static final int MONTHS = 10;

    private UsageImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String url = TestDatabase.url();
        RetentionCli.execute("jobs", "--limit", "1"); // migrates the schema
        int subscribers = rows / MONTHS;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('T1', 'T', 300, 'ACTIVE') ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO area (area_code, name) VALUES ('MSK', 'Moscow') ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO account SELECT 'A' || g FROM generate_series(1, " + subscribers + ") g ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, activated_on)"
                    + " SELECT 'S' || g, 'A' || g, 'Name ' || g, '+7916' || lpad(g::text, 7, '0'), 'T1', 'MSK', 'ACTIVE', date '2024-01-01'"
                    + " FROM generate_series(1, " + subscribers + ") g ON CONFLICT DO NOTHING");
        }
        Path file = Files.createTempDirectory("usage-bench").resolve("usage.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("subscriber_id;month;charged;voice_minutes;sms;data_gb\r\n");
            for (int i = 0; i < rows; i++) {
                int subscriber = i / MONTHS + 1;
                YearMonth month = YearMonth.of(2026, 1).plusMonths(i % MONTHS);
                out.write("S" + subscriber + ";" + month + ";" + (1000 + i % 700) + "," + (i % 100) + ";" + (i % 500)
                        + ";" + (i % 50) + ";" + (i % 30) + ",5\r\n");
            }
        }
        System.out.printf("file: %s, %d rows, %.1f MB%n", file, rows, Files.size(file) / 1e6);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        int exit = RetentionCli.execute("import", "usage", file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("exit %d: %d rows in %.1f s = %.0f rows/s (including Spring start-up); peak heap %.0f MB (max %d MB)%n",
                exit, rows, seconds, rows / seconds, peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
        Files.deleteIfExists(file);
        System.exit(exit);
    }
}
