package com.retention.jobs.launch;

import com.retention.jobs.db.AdvisoryLocks;
import java.sql.Connection;
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

    /**
     * The one job that holds its date's day lock exclusively: the nightly flow (its configuration
     * takes its name from here, so launching needs nothing of the flow it launches).
     */
    public static final String WHOLE_DAY_JOB = "nightly";

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
        // the night holds its date exclusively, a single job shared; an intraday run holds no day lock
        Long day = at == null ? key(DAY, date, null) : null;
        boolean shared = !WHOLE_DAY_JOB.equals(job);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (day != null && !AdvisoryLocks.tryLock(connection, day, shared)) {
                connection.close();
                return Optional.empty();
            }
            if (!AdvisoryLocks.tryLock(connection, key, false)) {
                // closing a pooled connection keeps the session: give the day lock back first
                release(connection, day, shared, null);
                return Optional.empty();
            }
            Connection held = connection;
            return Optional.of(() -> release(held, day, shared, key));
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource); // it may hold the day lock
            throw new IllegalStateException("cannot take the run lock for " + job + " " + date + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lock of a run that is not of a business date (an import of one file), by its readable
     * identity; no day lock. Empty if another live process holds it.
     */
    public Optional<Held> tryAcquire(String identity) {
        long key = AdvisoryLocks.key(identity);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!AdvisoryLocks.tryLock(connection, key, false)) {
                connection.close();
                return Optional.empty();
            }
            Connection held = connection;
            return Optional.of(() -> release(held, null, false, key));
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource);
            throw new IllegalStateException("cannot take the run lock " + identity + ": " + e.getMessage(), e);
        }
    }

    static long key(String job, LocalDate date, Instant at) {
        return AdvisoryLocks.key("retention-run|" + job + "|" + date + "|" + (at == null ? "" : at.toString()));
    }

    /** Gives back the run lock (if taken) and the day lock (if any), then the connection. */
    private void release(Connection connection, Long day, boolean shared, Long key) {
        try {
            if (key != null) {
                AdvisoryLocks.unlock(connection, key, false);
            }
            if (day != null) {
                AdvisoryLocks.unlock(connection, day, shared);
            }
            connection.close();
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource);
        }
    }
}
