package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One {@code java -jar retention.jar ...} running as an operating-system process, its stdout and stderr
 * going to files (so a test can read them while it runs and a failure leaves them behind). Every wait
 * is bounded; a process still running at a deadline is killed before the test fails.
 */
public final class RetentionProcess {

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final long startedNanos = System.nanoTime();

    RetentionProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Time since this process was started. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Waits for the process to end and returns its exit code; kills it and fails the test at the deadline. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                fail(name + " did not end within " + timeout + "; killed it.\n" + tails());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
    }

    /** Waits for exit code 0, failing with the logs' tails otherwise. */
    public void assertSucceeds(Duration timeout) {
        int code = awaitExit(timeout);
        if (code != 0) {
            fail(name + " exited " + code + " instead of 0.\n" + tails());
        }
    }

    /**
     * SIGKILL (Process.destroyForcibly() on Unix), then a bounded wait for the process to be gone. Children
     * it started (an embedded PostgreSQL) are left alone on purpose: what they do then is what is tested.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM and a bounded wait for a graceful end, then SIGKILL: for cleaning up after a test. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** The children this process started (its embedded PostgreSQL and that one's backends), while it lives. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /**
     * Waits until a line of stdout matches, and returns it. Fails when the process ends without printing
     * one or the deadline passes (the process is left running: the caller's cleanup kills it).
     */
    public String awaitLine(Pattern pattern, Duration timeout) {
        return awaitLine(pattern, null, timeout);
    }

    /** As {@link #awaitLine(Pattern, Duration)}, failing at once when a line matches {@code failure} (if given). */
    public String awaitLine(Pattern pattern, Pattern failure, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (failure != null) {
                stdoutLines().stream().filter(l -> failure.matcher(l).find()).findFirst().ifPresent(l ->
                        fail(name + " printed /" + failure + "/ before a line matching /" + pattern + "/:\n" + l
                                + "\n" + tails()));
            }
            Optional<String> line = stdoutLines().stream().filter(l -> pattern.matcher(l).find()).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                // It may have printed the line just before it ended.
                line = stdoutLines().stream().filter(l -> pattern.matcher(l).find()).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
                fail(name + " ended (exit " + process.exitValue() + ") without printing a line matching /" + pattern
                        + "/.\n" + tails());
            }
            if (System.nanoTime() > deadline) {
                fail(name + " printed no line matching /" + pattern + "/ within " + timeout + ".\n" + tails());
            }
            sleep(Duration.ofMillis(100));
        }
    }

    public List<String> stdoutLines() {
        return lines(stdout);
    }

    public List<String> stderrLines() {
        return lines(stderr);
    }

    public String stdoutText() {
        return String.join("\n", stdoutLines());
    }

    public Path stdoutFile() {
        return stdout;
    }

    /** The last lines of both logs, for failure messages. */
    public String tails() {
        return "--- " + name + " stdout (" + stdout + ") ---\n" + tail(stdoutLines(), 30)
                + "\n--- stderr (" + stderr + ") ---\n" + tail(stderrLines(), 30);
    }

    private static String tail(List<String> lines, int n) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private static List<String> lines(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            // Decoded leniently: a line being written may end inside a multi-byte character.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
