package com.retention.jobs.partitioning.remote;

import com.retention.jobs.db.AdvisoryLocks;
import java.sql.Connection;
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
        AdvisoryLocks.lock(connection, key(stepExecutionId));
    }

    static boolean tryLock(Connection connection, long stepExecutionId) throws SQLException {
        return AdvisoryLocks.tryLock(connection, key(stepExecutionId), false);
    }

    static void unlock(Connection connection, long stepExecutionId) throws SQLException {
        AdvisoryLocks.unlock(connection, key(stepExecutionId), false);
    }

    /** The lock key: a hash, so as not to meet the keys of the run locks or of anything else. */
    static long key(long stepExecutionId) {
        return AdvisoryLocks.key("retention-range|" + stepExecutionId);
    }
}
