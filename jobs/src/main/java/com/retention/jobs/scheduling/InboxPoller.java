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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands each new file of the outcome inbox to the {@link InboxFileHandler}, then moves it to
 * {@code done/} or {@code failed/} (with the reason beside it in {@code NAME.error.txt}; a reject
 * report the import wrote beside the file moves along with it). A file is first claimed by an atomic
 * rename into {@code work/}, so two pollers on a shared folder never take the same file; whatever is
 * still in {@code work/} when a poll starts was left by a poller that died (polls run one at a time
 * across the cluster) and is handled again.
 *
 * <p>A file still being copied in must not be taken half-written, and its modification time alone
 * does not tell (a copy may keep the source's). So temporary names are never taken, and a file is
 * taken only once a later poll finds the same size and modification time after at least the settle
 * interval: a file is imported one to two polls after it stops changing.
 */
@Component
public class InboxPoller {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);

    /** What downloads, uploads and editors name a file they are still writing. */
    private static final List<String> TEMPORARY_ENDINGS = List.of(".part", ".partial", ".filepart", ".tmp",
            ".crdownload", ".download");
    private static final String REJECTS = ".rejects.csv";

    private final ScheduleProperties schedule;
    private final ObjectProvider<InboxFileHandler> handlers;
    private final Clock clock;
    /** How each waiting file looked when first seen so; polls run one at a time (synchronized). */
    private final Map<Path, Sighting> sightings = new HashMap<>();
    private volatile boolean warnedNoHandler;

    private record Sighting(long size, FileTime modified, Instant seen) {
    }

    public InboxPoller(ScheduleProperties schedule, ObjectProvider<InboxFileHandler> handlers, Clock clock) {
        this.schedule = schedule;
        this.handlers = handlers;
        this.clock = clock;
    }

    /** Handles what is waiting and has settled; returns how many files were handled (done or failed). */
    public synchronized int poll() {
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
                if (orphan.getFileName().toString().endsWith(REJECTS)) {
                    continue; // a report, not an input: it moves with its file
                }
                log.info("inbox: {} was left half-handled by a stopped poller; handling it again", orphan.getFileName());
                handle(handler, orphan);
                handled++;
            }
            Set<Path> waiting = new HashSet<>();
            for (Path file : files(inbox)) {
                waiting.add(file);
                if (!settled(file)) {
                    continue;
                }
                Path claimed = claim(file, work);
                if (claimed != null) {
                    handle(handler, claimed);
                    handled++;
                }
            }
            sightings.keySet().retainAll(waiting);
            return handled;
        } catch (IOException e) {
            throw new UncheckedIOException("inbox " + schedule.inbox() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether the file looks as it did at least the settle interval ago; remembers how it looks now if not. */
    private boolean settled(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException takenMeanwhile) {
            return false;
        }
        Instant at = clock.instant();
        Sighting before = sightings.get(file);
        if (before != null && before.size() == now.size() && before.modified().equals(now.lastModifiedTime())) {
            return !at.isBefore(before.seen().plus(schedule.inboxSettle()));
        }
        sightings.put(file, new Sighting(now.size(), now.lastModifiedTime(), at));
        return false;
    }

    private void handle(InboxFileHandler handler, Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            String summary = handler.handle(file);
            Path done = moveTo(file, "done");
            log.info("inbox: {} imported{}; moved to {}", name, summary == null ? "" : ": " + summary, done);
        } catch (Exception e) {
            String reason = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    .lines().findFirst().orElse(e.getClass().getSimpleName());
            Path failed = moveTo(file, "failed");
            Files.writeString(failed.resolveSibling(failed.getFileName() + ".error.txt"), reason + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            log.warn("inbox: {} failed: {}; moved to {}", name, reason, failed);
        }
    }

    private static Path claim(Path file, Path work) throws IOException {
        try {
            return Files.move(file, work.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException takenMeanwhile) {
            return null;
        }
    }

    /** Moves the file, and the reject report beside it if any (first, so a crash between keeps the file to redo). */
    private Path moveTo(Path file, String folder) throws IOException {
        Path dir = Files.createDirectories(schedule.inbox().resolve(folder));
        Path target = dir.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = dir.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        Path report = file.resolveSibling(file.getFileName() + REJECTS);
        if (Files.isRegularFile(report)) {
            Files.move(report, target.resolveSibling(target.getFileName() + REJECTS), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Regular files, not hidden nor temporary (still being copied or edited), by name. */
    private static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && !temporary(entry.getFileName().toString())) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** Dot files, Office's {@code ~$} lock files, and partial downloads and uploads. */
    static boolean temporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || TEMPORARY_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
