package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A RETENTION_HOME from the outside: its embedded PostgreSQL's postmaster (from {@code pgdata/postmaster.pid},
 * whose first line is the pid and fourth the port), copies of a home, and SQL over its data for checks.
 */
public final class Homes {

    private Homes() {
    }

    public static Path pgdata(Path home) {
        return home.resolve("pgdata");
    }

    /** The pid of the postmaster if one is running on this home now. */
    public static Optional<Long> runningPostmaster(Path home) {
        return pidFileLine(home, 0).map(Long::parseLong)
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** SIGKILL to the home's postmaster, as a crash of the database server. Fails if none runs. */
    public static long killPostmaster(Path home) {
        long pid = runningPostmaster(home).orElseThrow(() -> new AssertionError("no PostgreSQL runs on " + home));
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        return pid;
    }

    /** Cleanup: kills a postmaster still running on the home (a left-over or an orphan) and its backends. */
    public static void stopServer(Path home) {
        runningPostmaster(home).flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            System.out.println("[blackbox] killed PostgreSQL " + postmaster.pid() + " left running on " + home);
        });
    }

    /** Waits (bounded) until no postmaster runs on the home. */
    public static boolean awaitNoServer(Path home, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runningPostmaster(home).isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            RetentionProcess.sleep(Duration.ofMillis(200));
        }
        return true;
    }

    /** A copy of a home no server runs on (a running server's files are not a consistent copy). */
    public static Path copy(Path home, Path target) {
        assertFalse(runningPostmaster(home).isPresent(), "a PostgreSQL still runs on " + home + ": no copy");
        delete(target);
        try (Stream<Path> files = Files.walk(home)) {
            Files.createDirectories(target.getParent());
            for (Path source : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(home.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    // With its mode: PostgreSQL refuses a data directory others can read.
                    Files.copy(source, to, StandardCopyOption.COPY_ATTRIBUTES);
                } else if (!source.getFileName().toString().equals("postmaster.pid")) {
                    Files.copy(source, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SQL over a home's data: through its running server if there is one, else a server this JVM starts and stops. */
    public static <T> T withDatabase(Path home, Sql<T> work) {
        Optional<Integer> port = runningPostmaster(home).flatMap(pid -> pidFileLine(home, 3)).map(Integer::parseInt);
        try {
            if (port.isPresent()) {
                try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port.get() + "/postgres", "postgres", "postgres")) {
                    return work.apply(connection);
                }
            }
            assertTrue(Files.isDirectory(pgdata(home)), "no database in " + home);
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgdata(home))
                    .setCleanDataDirectory(false).setServerConfig("timezone", "UTC").start();
                    Connection connection = postgres.getPostgresDatabase().getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new AssertionError("SQL over " + home + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the database of " + home, e);
        }
    }

    /** Work over one JDBC connection. */
    @FunctionalInterface
    public interface Sql<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static Optional<String> pidFileLine(Path home, int index) {
        Path pidFile = pgdata(home).resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() > index && !lines.get(index).isBlank() ? Optional.of(lines.get(index).trim())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // being written or removed right now
        }
    }

}
