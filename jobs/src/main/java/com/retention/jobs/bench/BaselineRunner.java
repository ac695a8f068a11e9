package com.retention.jobs.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs the baseline script in PostgreSQL on one connection (its TEMP tables live in that session),
 * each step timed from its first statement to its last, and counts what each step wrote.
 */
public final class BaselineRunner {

    /** The table each baseline step fills, and the product table the flow fills. */
    public static final Map<String, String> RESULT_TABLES = Map.of(
            "scoring", "bench_churn_score", "offers", "bench_offer", "dunning", "bench_dunning_case",
            "outages", "bench_outage_notice", "call-lists", "bench_contact_decision");

    private final DataSource dataSource;

    public BaselineRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record StepTime(String step, long rowsOut, Duration took) {
    }

    public List<StepTime> run(BaselineScript script, Map<String, String> variables) {
        List<StepTime> times = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String sql : script.statements(BaselineScript.SETUP, variables)) {
                statement.execute(sql);
            }
            for (String step : script.stepNames()) {
                long start = System.nanoTime();
                for (String sql : script.statements(step, variables)) {
                    execute(statement, step, sql);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                times.add(new StepTime(step, count(statement, RESULT_TABLES.get(step)), took));
            }
            statement.execute("RESET work_mem");
        } catch (SQLException e) {
            throw new IllegalStateException("the baseline SQL failed: " + e.getMessage(), e);
        }
        return times;
    }

    private static void execute(Statement statement, String step, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            String first = sql.lines().findFirst().orElse("");
            throw new SQLException("step " + step + ", statement \"" + first + "...\": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        if (table == null) {
            return -1;
        }
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
