package com.retention.jobs.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries packaged by zonky, unpacked once into {@code RETENTION_HOME/pgsql}. We run
 * {@code initdb} and {@code pg_ctl} ourselves instead of through zonky's {@code EmbeddedPostgres},
 * because that class ties the server to the JVM that started it (it stops it on exit and holds an
 * exclusive lock for its life) while our server is shared by every command on the home. Called
 * holding the home's start lock, so two processes never unpack at once.
 */
final class PostgresBinaries {

    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {
    }

    /** The folder holding {@code bin/pg_ctl}, unpacked on first use. */
    static Path in(Path home) {
        Path dir = home.resolve("pgsql");
        if (Files.exists(dir.resolve(COMPLETE))) {
            return dir;
        }
        try {
            deleteIfPresent(dir); // an unpacking that was killed half-way
            Path partial = Files.createDirectories(home.resolve("pgsql.partial"));
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture());
                    TarArchiveInputStream tar = new TarArchiveInputStream(
                            new XZCompressorInputStream(new BufferedInputStream(archive)))) {
                unpack(tar, partial);
            }
            Files.createFile(partial.resolve(COMPLETE));
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the embedded PostgreSQL into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void unpack(TarArchiveInputStream tar, Path target) throws IOException {
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            Path path = target.resolve(entry.getName()).normalize();
            if (!path.startsWith(target)) {
                throw new IOException("archive entry outside its folder: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
            } else if (entry.isLink()) {
                Files.createLink(path, target.resolve(entry.getLinkName()));
            } else if (entry.isSymbolicLink()) {
                Files.createDirectories(path.getParent());
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else {
                Files.createDirectories(path.getParent());
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                if ((entry.getMode() & 0100) != 0 || entry.getName().replaceFirst("^\\./", "").startsWith("bin/")) {
                    path.toFile().setExecutable(true, false);
                }
            }
        }
    }

    private static void deleteIfPresent(Path dir) throws IOException {
        for (Path folder : new Path[] {dir, dir.resolveSibling("pgsql.partial")}) {
            if (Files.exists(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** zonky's names for the packaged archives: postgres-Linux-x86_64.txz and so on. */
    private static String system() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.contains("mac") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }
}
