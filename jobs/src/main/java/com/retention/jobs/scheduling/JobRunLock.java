package com.retention.jobs.scheduling;

import com.retention.jobs.db.AdvisoryLockKeys;
import com.retention.jobs.nightly.NightlyJobConfiguration;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Who is running a job for a date, across processes: a PostgreSQL session advisory lock held on
 * its own connection for the whole run. The database releases it the moment the process dies (its
 * connection closes), so a held lock means a live run and a free lock over a STARTED execution
 * means its process is gone: that is how a stale execution is told from a running one, for
 * command-line runs and scheduler nodes alike, without heartbeats.
 *
 * <p>Besides its own lock, a run of a business date (without a reference time) holds that date's
 * day lock on the same connection: the nightly flow exclusively, any other job shared. The night
 * runs its jobs inside itself, under its own lock only, so the day lock is what keeps a
 * {@code run scoring --date D} out while the night of D runs (and the night out while it runs), and
 * what tells the scoring execution inside a live night from a stale one. Intraday runs (the outage
 * step with its fire time) take no day lock.
 */
@Component
public class JobRunLock {

    private static final String DAY = "business-day";

    private final DataSource dataSource;

    public JobRunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it releases the lock and returns the connection. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The lock for this job, date and reference time (with the day lock, see above), or empty if
     * another live process holds either.
     */
    public Optional<Held> tryAcquire(String job, LocalDate date, Instant at) {
        long key = key(job, date, at);
        long day = key(DAY, date, null);
        boolean wholeDay = NightlyJobConfiguration.JOB.equals(job);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (at == null && !call(connection, wholeDay ? "SELECT pg_try_advisory_lock(?)"
                    : "SELECT pg_try_advisory_lock_shared(?)", day)) {
                connection.close();
                return Optional.empty();
            }
            if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                // closing a pooled connection keeps the session: give the day lock back first
                release(connection, at == null ? day : null, wholeDay, null, dataSource);
                return Optional.empty();
            }
            Connection held = connection;
            return Optional.of(() -> release(held, at == null ? day : null, wholeDay, key, dataSource));
        } catch (SQLException e) {
            if (connection != null && dataSource instanceof HikariDataSource hikari) {
                hikari.evictConnection(connection); // it may hold the day lock: not back to the pool
            }
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the run lock for " + job + " " + date + ": " + e.getMessage(), e);
        }
    }

    static long key(String job, LocalDate date, Instant at) {
        return AdvisoryLockKeys.of("retention-run|" + job + "|" + date + "|" + (at == null ? "" : at.toString()));
    }

    private static void release(Connection connection, Long day, boolean wholeDay, Long key, DataSource dataSource) {
        try {
            if (key != null) {
                call(connection, "SELECT pg_advisory_unlock(?)", key);
            }
            if (day != null) {
                call(connection, wholeDay ? "SELECT pg_advisory_unlock(?)" : "SELECT pg_advisory_unlock_shared(?)", day);
            }
        } catch (SQLException e) {
            // A pooled session that may still hold the lock must not go back to the pool.
            if (dataSource instanceof HikariDataSource hikari) {
                hikari.evictConnection(connection);
            }
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
