package com.retention.jobs.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The physical floor of a night: the time to read every input row once and to write every output
 * row of D once, both by COPY between PostgreSQL and this JVM. No flow can move its data in less, so
 * the flow's time over this floor says how far it is from the limit.
 *
 * <p>Reading streams each input table whole to a sink that only counts. Writing first saves D's rows
 * of each output table to a temporary file (not timed), then times one COPY of them into a fresh table
 * with the same columns, constraints and indexes (not the foreign keys), committed as the flow commits,
 * and drops it.
 */
public final class Floor {

    /** What the flow reads: the operator's data as loaded. */
    static final List<String> INPUTS = List.of("tariff", "area", "account", "subscriber", "usage_month", "invoice",
            "payment", "ticket", "outage", "dnc", "target");
    /** What the flow writes for D, every table keyed by business_date. */
    static final List<String> OUTPUTS = List.of("churn_score", "offer", "dunning_case", "outage_notice",
            "contact_candidate", "call_task", "notification");

    private static final String SCRATCH = "bench_floor_write";

    private final DataSource dataSource;

    public Floor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows and bytes moved and how long it took. */
    public record Part(long rows, long bytes, Duration took) {
    }

    public record Result(Part read, Part write) {
        public Duration took() {
            return read.took().plus(write.took());
        }
    }

    public Result measure(LocalDate date) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            return new Result(read(copy), write(copy, connection, date));
        } catch (SQLException e) {
            throw new IllegalStateException("the floor measurement failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the floor measurement failed", e);
        }
    }

    private static Part read(CopyManager copy) throws SQLException, IOException {
        long rows = 0;
        Counting sink = new Counting();
        long start = System.nanoTime();
        for (String table : INPUTS) {
            rows += copy.copyOut("COPY " + table + " TO STDOUT", sink);
        }
        return new Part(rows, sink.bytes, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Part write(CopyManager copy, Connection connection, LocalDate date) throws SQLException, IOException {
        long rows = 0;
        long bytes = 0;
        long nanos = 0;
        Path file = Files.createTempFile("retention-floor-", ".copy");
        try (Statement statement = connection.createStatement()) {
            for (String table : OUTPUTS) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    copy.copyOut("COPY (SELECT * FROM " + table + " WHERE business_date = '" + date + "') TO STDOUT", out);
                }
                bytes += Files.size(file);
                statement.execute("DROP TABLE IF EXISTS " + SCRATCH);
                statement.execute("CREATE TABLE " + SCRATCH + " (LIKE " + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    long start = System.nanoTime();
                    rows += copy.copyIn("COPY " + SCRATCH + " FROM STDIN", in);
                    nanos += System.nanoTime() - start;
                } finally {
                    statement.execute("DROP TABLE " + SCRATCH);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return new Part(rows, bytes, Duration.ofNanos(nanos));
    }

    /** Discards what it is given, counting the bytes. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
