package com.retention.jobs.db;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one {@code RETENTION_HOME}, shared by every process on that home: the
 * first one that needs it starts it, the others connect to the one running, and the last one to end
 * stops it. Who uses the server is told by shared file locks on {@code postgres.users}, which the
 * operating system drops when a process dies, even by SIGKILL; starting and stopping happen under
 * the exclusive {@code postgres.start.lock}, so a process that is leaving never stops the server
 * under one that is arriving. A server whose starter was killed keeps running with nobody's lock on
 * it; the next command adopts it, and stops it when it ends as the last user. Within one JVM all users
 * of a home share one membership (file locks belong to the process, not the thread).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final long WAIT_MILLIS = 120_000;
    private static final Map<Path, Membership> MEMBERSHIPS = new HashMap<>();

    private final Membership membership;
    private boolean closed;

    private EmbeddedPostgresServer(Membership membership) {
        this.membership = membership;
    }

    /** Joins the server of {@code home} (data in {@code home/pgdata}), starting it if nobody runs it. */
    public static EmbeddedPostgresServer join(Path home) {
        Path key = home.toAbsolutePath().normalize();
        synchronized (MEMBERSHIPS) {
            Membership membership = MEMBERSHIPS.get(key);
            if (membership == null) {
                membership = Membership.enter(key);
                MEMBERSHIPS.put(key, membership);
            }
            membership.users++;
            return new EmbeddedPostgresServer(membership);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + membership.port + "/postgres";
    }

    /** Leaves the server; the last user on the machine stops it. */
    @Override
    public void close() {
        synchronized (MEMBERSHIPS) {
            if (closed) {
                return;
            }
            closed = true;
            if (--membership.users == 0) {
                MEMBERSHIPS.remove(membership.home);
                membership.leave();
            }
        }
    }

    /**
     * Durable by default: fsync on (zonky's own default is off, which an operating-system crash or a
     * power cut can turn into a corrupt database) and synchronous commits, because what follows a
     * commit outside the database (an output file moved into place, an inbox file moved to done/) must
     * not outlive a commit lost in a crash. A dropped client's query is cancelled within 2 s, so the
     * locks of a killed process are free when the next command looks.
     */
    static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_directories", "''");
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("client_connection_check_interval", "2s");
        settings.put("max_connections", "100");
        settings.put("shared_buffers", "256MB");
        settings.put("work_mem", "64MB");
        settings.put("maintenance_work_mem", "256MB");
        settings.put("max_wal_size", "4GB");
        settings.put("checkpoint_timeout", "30min");
        settings.put("timezone", "UTC");
        return settings;
    }

    /** This process's use of one home's server: the shared lock that says so, and the port. */
    private static final class Membership {

        final Path home;
        final FileChannel usersFile;
        FileLock using;
        int port;
        int users;

        private Membership(Path home, FileChannel usersFile) {
            this.home = home;
            this.usersFile = usersFile;
        }

        static Membership enter(Path home) {
            try {
                Files.createDirectories(home);
                Membership m = new Membership(home, FileChannel.open(home.resolve("postgres.users"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ));
                try (Closeable ignored = startLock(home)) {
                    boolean nobodyElse = m.tryAlone();
                    m.using = m.usersFile.lock(0, Long.MAX_VALUE, true);
                    m.port = ensureRunning(home, nobodyElse);
                } catch (RuntimeException | IOException e) {
                    m.usersFile.close(); // drops our lock too
                    throw e;
                }
                return m;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use the embedded PostgreSQL in " + home + ": " + e.getMessage(), e);
            }
        }

        void leave() {
            try (Closeable ignored = startLock(home)) {
                using.release();
                if (tryAlone()) {
                    Optional<Postmaster> running = Postmaster.of(home.resolve("pgdata")).filter(Postmaster::alive);
                    if (running.isPresent()) {
                        new PgCtl(PostgresBinaries.in(home), home.resolve("pgdata")).stop();
                        log.debug("embedded PostgreSQL on port {} stopped: no other process uses it", port);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.warn("the embedded PostgreSQL in {} may still be running: {}", home, e.getMessage());
            } finally {
                try {
                    usersFile.close();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            }
        }

        /** True when no other process holds a shared lock; the exclusive probe is released at once. */
        private boolean tryAlone() throws IOException {
            FileLock alone = usersFile.tryLock(0, Long.MAX_VALUE, false);
            if (alone == null) {
                return false;
            }
            alone.release();
            return true;
        }
    }

    private static int ensureRunning(Path home, boolean nobodyElse) {
        Path data = home.resolve("pgdata");
        PgCtl pgCtl = new PgCtl(PostgresBinaries.in(home), data);
        if (!pgCtl.initialized()) {
            pgCtl.initdb();
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<Postmaster> postmaster = Postmaster.of(data).filter(Postmaster::alive);
            if (postmaster.isPresent()) {
                Postmaster running = postmaster.get();
                if (running.ready() && accepts(running.port())) {
                    if (nobodyElse) {
                        log.info("adopted the embedded PostgreSQL left running by a process that stopped (pid {}, port {})",
                                running.pid(), running.port());
                    }
                    return running.port();
                }
            } else {
                int port = freePort();
                try {
                    pgCtl.start(port, settings());
                    return port;
                } catch (IllegalStateException e) {
                    // the backends of a killed server may hold its shared memory for a moment
                    if (System.currentTimeMillis() > deadline) {
                        throw e;
                    }
                    log.debug("embedded PostgreSQL did not start yet: {}", e.getMessage());
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the embedded PostgreSQL in " + data + " did not become ready in "
                        + WAIT_MILLIS / 1000 + " s; see " + home.resolve("postgres.log"));
            }
            sleep(250);
        }
    }

    private static boolean accepts(int port) {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", "postgres")) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The start lock of the home, waited for while another process starts or stops its server; closing
     * what this returns closes the lock's file, which releases the lock.
     */
    private static Closeable startLock(Path home) throws IOException {
        FileChannel channel = FileChannel.open(home.resolve("postgres.start.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (channel.tryLock() == null) {
            if (System.currentTimeMillis() > deadline) {
                channel.close();
                throw new IllegalStateException("another retention process has been starting or stopping the embedded"
                        + " PostgreSQL in " + home + " for " + WAIT_MILLIS / 1000 + " s");
            }
            sleep(100);
        }
        return channel::close;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded PostgreSQL", e);
        }
    }
}
