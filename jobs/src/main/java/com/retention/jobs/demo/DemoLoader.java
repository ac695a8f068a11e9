package com.retention.jobs.demo;

import com.retention.jobs.db.CopyRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
                    skipForeignKeyTriggersIfAllowed(statement);
                }
                for (DemoCopyTables.Table table : DemoCopyTables.ALL) {
                    long start = System.nanoTime();
                    long rows = copy(connection, table, operator);
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

    /**
     * The generated operator is consistent by construction (its tests check it), so, as pg_restore
     * --disable-triggers does, the load skips the per-row foreign-key triggers when the database
     * user may: they are most of the load's cost. Only for this transaction.
     */
    private static void skipForeignKeyTriggersIfAllowed(Statement statement) throws SQLException {
        try (var rs = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (rs.next() && rs.getBoolean(1)) {
                statement.execute("SET LOCAL session_replication_role = replica");
            }
        }
    }

    private static long copy(Connection connection, DemoCopyTables.Table table, DemoOperator operator) {
        try (CopyRows rows = CopyRows.open(connection, table.copySql())) {
            table.rows().accept(operator, new CopyLine(rows));
            return rows.finish();
        } catch (SQLException | RuntimeException e) {
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
