package com.retention.jobs.demo;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;

/**
 * Replaces whatever operator the database holds with a generated one: in one transaction it empties
 * the operator and nightly tables and streams every table in with COPY, row by row. Either the new
 * operator is there in full or the old one is untouched.
 */
@Component
public class DemoLoader {

    /** Operator tables and what the nightly jobs decided from them; CASCADE takes dependants along. */
    static final String TRUNCATE = "TRUNCATE tariff, area, account, subscriber, usage_month, invoice, payment, ticket, "
            + "outage, dnc, target, churn_score, offer, dunning_case, dunning_pause, outage_notice, contact_candidate, "
            + "call_task, notification, invalid_phone, outcome, tariff_order RESTART IDENTITY CASCADE";

    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;

    public DemoLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DemoLoadSummary load(DemoOperator operator) {
        long started = System.nanoTime();
        List<DemoLoadSummary.TableLoad> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(TRUNCATE);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                for (DemoCopyTables.Table table : DemoCopyTables.ALL) {
                    long start = System.nanoTime();
                    long rows = copy(pg, table, operator);
                    tables.add(new DemoLoadSummary.TableLoad(table.name(), rows, Duration.ofNanos(System.nanoTime() - start)));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            // Fresh statistics, or the nightly jobs plan their queries for empty tables.
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", DemoOperator.TABLES));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the demo operator failed, nothing was changed: "
                    + e.getMessage(), e);
        }
        return new DemoLoadSummary(tables, Duration.ofNanos(System.nanoTime() - started));
    }

    private static long copy(PGConnection pg, DemoCopyTables.Table table, DemoOperator operator) throws SQLException {
        PGCopyOutputStream stream = new PGCopyOutputStream(pg, table.copySql(), BUFFER);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER)) {
            CopyLine line = new CopyLine(writer);
            table.rows().accept(operator, line);
            writer.flush();
            return line.rows();
        } catch (java.io.IOException | RuntimeException e) {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
            throw new IllegalStateException("COPY into " + table.name() + " failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
