package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the built jar as separate processes for one test: one environment (RETENTION_HOME, or
 * RETENTION_DB_URL and friends), one working directory, one log folder where every process leaves
 * {@code NN-command.out} and {@code .err}. {@link #close()} kills whatever is still running, the
 * embedded PostgreSQL servers of the homes it used included, so a failing test leaves nothing behind.
 */
public final class Retention implements AutoCloseable {

    /** Generous for the 2-core machine shared with other builds; every command of these tests takes seconds. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final List<Retention> OPEN = new CopyOnWriteArrayList<>();

    static {
        // Should the test JVM itself be stopped, the processes it started go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(Retention::close)));
    }

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<RetentionProcess> processes = new CopyOnWriteArrayList<>();
    private final Set<Path> homes = new LinkedHashSet<>();
    private final AtomicInteger sequence = new AtomicInteger();

    private Retention(Path dir) {
        this.dir = dir;
        OPEN.add(this);
    }

    /** A launcher whose working directory and logs are {@code dir} (created). */
    public static Retention in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Retention(dir);
    }

    /** The packaged jar, from failsafe's {@code retention.jar}, else relative to the jobs module. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("retention.jar", "target/retention.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the built jar is missing: " + jar + " (run `./mvnw package` first)");
        return jar;
    }

    /** Where the black-box tests keep their homes, outputs and logs: jobs/target/blackbox. */
    public static Path workRoot() {
        return Path.of(System.getProperty("retention.blackbox.dir", "target/blackbox")).toAbsolutePath();
    }

    /** A fresh folder for one test: target/blackbox/CLASS/METHOD (a previous run's is removed). */
    public static Path testDir(org.junit.jupiter.api.TestInfo test) {
        Path dir = workRoot().resolve(test.getTestClass().map(Class::getSimpleName).orElse("test"))
                .resolve(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("all"));
        Homes.delete(dir);
        return dir;
    }

    public Path dir() {
        return dir;
    }

    /** Commands from now on use this embedded database home; {@link #close()} stops a server left on it. */
    public Retention home(Path home) {
        homes.add(home);
        env.put("RETENTION_HOME", home.toString());
        return this;
    }

    public Retention env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /**
     * The JVM's options for every command. C1 only: a command of these tests lives seconds on a 20 000
     * subscriber operator, where C2's compilations cost more CPU than they win back (a {@code run nightly}
     * of the fixture took 25.6 s of CPU with C2, 14.8 s without, and ended sooner), and the 2 cores are
     * shared by the commands a test runs at once. Compilation changes no behaviour.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    /** Starts {@code java JVM_OPTIONS -jar retention.jar ARGS}. */
    public RetentionProcess start(String... args) {
        return startWithInput(null, args);
    }

    /** Starts the command with {@code input} on its standard input (null: none), as a user typing it would. */
    public RetentionProcess startWithInput(String input, String... args) {
        String label = String.format("%02d-%s", sequence.incrementAndGet(), label(args));
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RETENTION_"));
        builder.environment().putAll(env);
        Path out = dir.resolve(label + ".out");
        Path err = dir.resolve(label + ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        try {
            if (input == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            } else {
                Path in = dir.resolve(label + ".in");
                java.nio.file.Files.writeString(in, input);
                builder.redirectInput(in.toFile());
            }
            RetentionProcess process = new RetentionProcess(label + " (" + String.join(" ", args) + ")",
                    builder.start(), out, err);
            processes.add(process);
            System.out.println("[blackbox] started pid " + process.pid() + ": retention " + String.join(" ", args)
                    + "  (logs " + out + ")");
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end within {@link #COMMAND_TIMEOUT} and returns it (exit code checked by the caller). */
    public Ran run(String... args) {
        RetentionProcess process = start(args);
        return new Ran(process, process.awaitExit(COMMAND_TIMEOUT));
    }

    /** Runs a command and fails the test unless it exits 0. */
    public RetentionProcess succeed(String... args) {
        RetentionProcess process = start(args);
        process.assertSucceeds(COMMAND_TIMEOUT);
        return process;
    }

    /** A command that ended, with its exit code. */
    public record Ran(RetentionProcess process, int exitCode) {
        public List<String> stderr() {
            return process.stderrLines().stream().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * Kills every process still running (SIGTERM with a short grace, so an embedded server can stop, then
     * SIGKILL, children included), then any PostgreSQL still running on the homes used.
     */
    @Override
    public void close() {
        for (RetentionProcess process : processes) {
            if (process.isAlive()) {
                List<ProcessHandle> children = process.descendants();
                process.stop(Duration.ofSeconds(10));
                children.forEach(ProcessHandle::destroyForcibly);
            }
        }
        for (Path home : homes) {
            Homes.stopServer(home);
        }
        OPEN.remove(this);
    }

    private static String label(String... args) {
        StringBuilder label = new StringBuilder();
        for (String arg : args) {
            if (arg.startsWith("-") || label.length() > 30) {
                break;
            }
            String word = arg.contains("/") ? Path.of(arg).getFileName().toString() : arg;
            label.append(label.length() == 0 ? "" : "-").append(word.replaceAll("[^A-Za-z0-9.]", "_"));
        }
        return label.length() == 0 ? "retention" : label.toString();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
