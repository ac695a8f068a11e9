package com.retention.jobs.support;

import com.retention.jobs.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PostgreSQL for the whole test JVM: started on first use, published as
 * {@code retention.db.url} so every Spring context, and every command line run inside a test,
 * talks to it. {@code RETENTION_TEST_DB_URL} points the tests at a server instead.
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String external = System.getenv("RETENTION_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                url = external;
            } else {
                try {
                    Path dir = Files.createTempDirectory("retention-test-pg");
                    EmbeddedPostgresServer server = EmbeddedPostgresServer.join(dir);
                    // the data directory goes with the JVM: each test JVM's leftovers filled /tmp by gigabytes
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        server.close();
                        deleteTree(dir);
                    }));
                    url = server.jdbcUrl();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            System.setProperty("retention.db.url", url);
            System.setProperty("retention.db.user", "postgres");
            System.setProperty("retention.db.password", "postgres");
        }
        return url;
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the test database " + dir + ": " + e.getMessage());
        }
    }
}
