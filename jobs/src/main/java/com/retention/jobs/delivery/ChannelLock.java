package com.retention.jobs.delivery;

import com.retention.jobs.db.AdvisoryLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One delivery run per channel at a time, across processes and nodes: a session advisory lock held on
 * its own connection for the run. A process that dies loses its session and the lock with it, so a
 * notification left SUBMITTING while nobody holds the lock was left by a dead run.
 */
@Component
public class ChannelLock {

    private final DataSource dataSource;

    public ChannelLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public final class Held implements AutoCloseable {
        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void close() {
            try {
                AdvisoryLocks.unlock(connection, key, false);
                connection.close();
            } catch (SQLException e) {
                AdvisoryLocks.discard(connection, dataSource);
            }
        }
    }

    public Optional<Held> tryAcquire(String channel) {
        long key = AdvisoryLocks.key("retention-delivery|" + channel);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (AdvisoryLocks.tryLock(connection, key, false)) {
                return Optional.of(new Held(connection, key));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource);
            throw new IllegalStateException("cannot take the delivery lock of " + channel + ": " + e.getMessage(), e);
        }
    }
}
