package com.retention.jobs.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second node of the test's application: {@code main} on this JVM's class path, in a JVM of its own,
 * on the test database, its output in a temporary log file. C1 only: such a node lives seconds, and
 * C2's compilations cost more CPU than they win back on cores it shares with the test.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(String logPrefix, Class<?> main, String... args) throws IOException {
        Path log = Files.createTempFile(logPrefix, ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Dretention.db.url=" + TestDatabase.url(),
                "-Dretention.db.user=postgres", "-Dretention.db.password=postgres",
                main.getName()));
        command.addAll(List.of(args));
        System.out.println(logPrefix + " log: " + log);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
