package com.retention.jobs.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code pgdata/postmaster.pid} says about the server on a data directory: PostgreSQL writes its
 * pid on the first line, its port on the fourth and its state ({@code starting}, {@code ready},
 * {@code stopping}) on the eighth, and removes the file when it stops cleanly. A file whose process is
 * gone was left by a server that was killed.
 */
record Postmaster(long pid, int port, String status) {

    static Optional<Postmaster> of(Path dataDirectory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + dataDirectory.resolve("postmaster.pid") + ": "
                    + e.getMessage(), e);
        }
        if (lines.size() < 4) {
            return Optional.empty(); // being written by a server that is starting
        }
        try {
            String status = lines.size() >= 8 ? lines.get(7).strip() : "starting";
            return Optional.of(new Postmaster(Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip()),
                    status));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    boolean ready() {
        return "ready".equals(status);
    }
}
