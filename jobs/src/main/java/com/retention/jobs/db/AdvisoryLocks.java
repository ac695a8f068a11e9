package com.retention.jobs.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL session advisory locks, as the run locks and the range locks use them: keys from
 * readable identities, the lock functions, and what to do with a connection that may still hold one.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /**
     * The key of an identity such as {@code retention-run|scoring|2026-11-22|}: the first 8 bytes of its
     * SHA-256, so that keys of different kinds of locks, and of anything else on a shared server, do not
     * meet by accident.
     */
    public static long key(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    /** Waits for the exclusive lock. */
    public static void lock(Connection connection, long key) throws SQLException {
        call(connection, "SELECT pg_advisory_lock(?)::text", key);
    }

    /** Takes the lock, exclusive or shared, if nobody holds it in a conflicting mode; never waits. */
    public static boolean tryLock(Connection connection, long key, boolean shared) throws SQLException {
        return "true".equals(call(connection, shared ? "SELECT pg_try_advisory_lock_shared(?)::text"
                : "SELECT pg_try_advisory_lock(?)::text", key));
    }

    public static void unlock(Connection connection, long key, boolean shared) throws SQLException {
        call(connection, shared ? "SELECT pg_advisory_unlock_shared(?)::text" : "SELECT pg_advisory_unlock(?)::text", key);
    }

    /**
     * Closes a connection whose session may still hold a lock (an unlock failed): a pool would keep
     * the session, and with it the lock, alive, so it is evicted from the pool rather than returned.
     */
    public static void discard(Connection connection, DataSource dataSource) {
        if (connection == null) {
            return;
        }
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.evictConnection(connection); // closes the session
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // broken: nothing more to release
        }
    }

    private static String call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
