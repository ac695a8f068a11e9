package com.retention.jobs.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands each new file of the outcome inbox to the {@link InboxFileHandler}, then moves it to
 * {@code done/} or {@code failed/} (with the reason beside it in {@code NAME.error.txt}). A file is
 * first claimed by an atomic rename into {@code work/}, so two pollers on a shared folder never take
 * the same file; whatever is still in {@code work/} when a poll starts was left by a poller that died
 * (polls run one at a time across the cluster) and is handled again.
 */
@Component
public class InboxPoller {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    private final ScheduleProperties schedule;
    private final ObjectProvider<InboxFileHandler> handlers;
    private volatile boolean warnedNoHandler;

    public InboxPoller(ScheduleProperties schedule, ObjectProvider<InboxFileHandler> handlers) {
        this.schedule = schedule;
        this.handlers = handlers;
    }

    /** Handles what is waiting; returns how many files were handled (done or failed). */
    public int poll() {
        InboxFileHandler handler = handlers.getIfUnique();
        if (handler == null) {
            if (!warnedNoHandler) {
                warnedNoHandler = true;
                log.warn("inbox: no outcome importer in this build; files in {} wait", schedule.inbox());
            }
            return 0;
        }
        try {
            Path inbox = schedule.inbox();
            Path work = Files.createDirectories(inbox.resolve("work"));
            int handled = 0;
            for (Path orphan : files(work)) {
                log.info("inbox: {} was left half-handled by a stopped poller; handling it again", orphan.getFileName());
                handle(handler, orphan);
                handled++;
            }
            Instant settled = Instant.now().minus(schedule.inboxSettle());
            for (Path file : files(inbox)) {
                if (Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
                    continue;
                }
                Path claimed = claim(file, work);
                if (claimed != null) {
                    handle(handler, claimed);
                    handled++;
                }
            }
            return handled;
        } catch (IOException e) {
            throw new UncheckedIOException("inbox " + schedule.inbox() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void handle(InboxFileHandler handler, Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            String summary = handler.handle(file);
            Path done = moveTo(file, "done");
            log.info("inbox: {} imported{}; moved to {}", name, summary == null ? "" : ": " + summary, done);
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Path failed = moveTo(file, "failed");
            Files.writeString(failed.resolveSibling(failed.getFileName() + ".error.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            log.warn("inbox: {} failed: {}; moved to {}", name, reason.lines().findFirst().orElse(""), failed);
        }
    }

    private static Path claim(Path file, Path work) throws IOException {
        try {
            return Files.move(file, work.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException takenMeanwhile) {
            return null;
        }
    }

    private Path moveTo(Path file, String folder) throws IOException {
        Path dir = Files.createDirectories(schedule.inbox().resolve(folder));
        Path target = dir.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = dir.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Regular, visible, finished files (not *.part / *.tmp being copied), oldest name first. */
    private static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.endsWith(".part")
                        && !name.endsWith(".tmp")) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }
}
