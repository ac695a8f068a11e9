package com.retention.jobs.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * {@code initdb} and {@code pg_ctl} of the unpacked binaries, over one data directory. {@code pg_ctl
 * start} detaches the server from the JVM (its own session), which is what lets it outlive the
 * command that started it and serve the others; the server writes its log to {@code postgres.log}
 * beside the data directory, and a failed start says the log's last error line.
 */
final class PgCtl {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path binaries;
    private final Path dataDirectory;
    private final Path log;

    PgCtl(Path binaries, Path dataDirectory) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.log = dataDirectory.resolveSibling("postgres.log");
    }

    boolean initialized() {
        return Files.exists(dataDirectory.resolve("PG_VERSION"));
    }

    /**
     * A new cluster whose text sorts by code point with PostgreSQL's own collation ({@code builtin}
     * {@code C.UTF-8}), whatever the machine's locale: the order Java and the SQL agree on, comparisons
     * by memcmp (sorts of text columns ran about twice as fast as under the C library's C.UTF-8), and
     * upper/lower still Unicode-aware. README, "Operations".
     */
    void initdb() {
        run(List.of(bin("initdb"), "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(), "-E", "UTF-8",
                "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"), "initdb");
    }

    /** Starts the server on {@code port} with {@code settings} and waits until it accepts connections. */
    void start(int port, Map<String, String> settings) {
        List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port)));
        settings.forEach((key, value) -> options.add("-c " + key + "=" + value));
        run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-l", log.toString(), "-w", "-t",
                Long.toString(TIMEOUT_SECONDS), "-o", String.join(" ", options), "start"), "the server start");
    }

    /** Fast shutdown: sessions are ended, nothing committed is lost. */
    void stop() {
        run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                Long.toString(TIMEOUT_SECONDS), "stop"), "the server stop");
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> arguments, String what) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL refuses to run as root; in a user namespace of its own root is an ordinary user
            // (zonky's way too)
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(arguments);
        try {
            Path output = Files.createTempFile("retention-pgctl", ".txt");
            long logBefore = Files.exists(log) ? Files.size(log) : 0;
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(what + " of the embedded PostgreSQL in " + dataDirectory
                            + " did not finish in " + TIMEOUT_SECONDS + " s; see " + log);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(what + " of the embedded PostgreSQL in " + dataDirectory
                            + " failed: " + lastError(Files.readString(output, StandardCharsets.UTF_8), logBefore));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " of the embedded PostgreSQL failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " of the embedded PostgreSQL was interrupted", e);
        }
    }

    /** The line that says why: the last FATAL or PANIC the server logged meanwhile, else the tool's last line. */
    private String lastError(String toolOutput, long logBefore) throws IOException {
        String reason = null;
        if (Files.exists(log)) {
            // only what this call logged: the log grows with the installation's life
            try (SeekableByteChannel channel = Files.newByteChannel(log)) {
                channel.position(Math.min(logBefore, channel.size()));
                BufferedReader lines = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.contains("FATAL:") || line.contains("PANIC:")) {
                        reason = line.substring(line.indexOf(line.contains("FATAL:") ? "FATAL:" : "PANIC:")).strip();
                    }
                }
            }
        }
        if (reason == null) {
            reason = toolOutput.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output").strip();
        }
        return reason;
    }
}
