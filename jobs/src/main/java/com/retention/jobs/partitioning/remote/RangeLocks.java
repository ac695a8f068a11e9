package com.retention.jobs.partitioning.remote;

import com.retention.jobs.db.AdvisoryLockKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who runs a range: a PostgreSQL session advisory lock on the range's step execution id, held by the
 * node running it on the connection that took it from the queue. The database drops it the moment
 * that node's session ends (a killed process, a lost machine), so a free lock over a running range
 * that is no longer queued means its node is gone, without heartbeats: as {@code JobRunLock} does for
 * whole runs.
 */
final class RangeLocks {

    private RangeLocks() {
    }

    static void lock(Connection connection, long stepExecutionId) throws SQLException {
        call(connection, "SELECT pg_advisory_lock(?)::text", stepExecutionId);
    }

    static boolean tryLock(Connection connection, long stepExecutionId) throws SQLException {
        return "true".equals(call(connection, "SELECT pg_try_advisory_lock(?)::text", stepExecutionId));
    }

    static void unlock(Connection connection, long stepExecutionId) throws SQLException {
        call(connection, "SELECT pg_advisory_unlock(?)::text", stepExecutionId);
    }

    /** The lock key: a hash, so as not to meet the keys of the run locks or of anything else. */
    static long key(long stepExecutionId) {
        return AdvisoryLockKeys.of("retention-range|" + stepExecutionId);
    }

    private static String call(Connection connection, String sql, long stepExecutionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(stepExecutionId));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
