package com.retention.jobs.calllists.files;

import com.retention.jobs.spreadsheet.CallListWorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The call lists of a date as their users see them: which lists there are, how far each has been
 * worked, which list a task is on, and the list files, written by {@code export call-lists} when
 * the night's copy is not in the output folder of this machine.
 */
@Service
public class CallListIndex {

    /** One list of a date: its tasks, by campaign and by outcome so far ({@code OPEN}: not worked yet). */
    public record ListCounts(String team, long tasks, Map<String, Long> byCampaign, Map<String, Long> byOutcome) {
    }

    private final ListIndexMapper index;
    private final CallListExporter exporter;

    CallListIndex(ListIndexMapper index, CallListExporter exporter) {
        this.index = index;
        this.exporter = exporter;
    }

    /** The lists of {@code date}; {@code teams} null: every list. */
    public List<ListCounts> lists(LocalDate date, Set<String> teams) {
        Map<String, Map<String, Long>> campaigns = new LinkedHashMap<>();
        Map<String, Map<String, Long>> outcomes = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (ListIndexMapper.ListCount row : index.counts(date, teams == null ? null : teams.toArray(String[]::new))) {
            totals.merge(row.team(), row.tasks(), Long::sum);
            campaigns.computeIfAbsent(row.team(), t -> new LinkedHashMap<>()).merge(row.campaign(), row.tasks(), Long::sum);
            outcomes.computeIfAbsent(row.team(), t -> new LinkedHashMap<>()).merge(row.outcome(), row.tasks(), Long::sum);
        }
        return totals.entrySet().stream()
                .map(e -> new ListCounts(e.getKey(), e.getValue(), campaigns.get(e.getKey()), outcomes.get(e.getKey())))
                .toList();
    }

    /** The list (team) a task is on, if the task exists. */
    public Optional<String> teamOf(String taskId) {
        return index.teamOf(taskId);
    }

    /** The lists of the given tasks; unknown tasks are left out. */
    public Map<String, String> teamsOf(Collection<String> taskIds) {
        Map<String, String> teams = new HashMap<>();
        index.teamsOf(taskIds.toArray(String[]::new)).forEach(t -> teams.put(t.taskId(), t.team()));
        return teams;
    }

    /** One list's workbook and how many tasks it holds (what a download's audit row counts). */
    public record Workbook(Path file, long tasks) {
    }

    /** The workbook of one list, or empty when the list has no task on {@code date}. */
    public Optional<Workbook> workbook(LocalDate date, String team, Path outDir) {
        long tasks = lists(date, Set.of(team)).stream().mapToLong(ListCounts::tasks).sum();
        if (tasks == 0) {
            return Optional.empty();
        }
        Path file = CallListWorkbookWriter.pathFor(outDir, date, team);
        writeIfStale(date, outDir, file);
        return Optional.of(new Workbook(file, tasks));
    }

    /** The day's dialer file, written again when this machine has none; empty when the day has no list. */
    public Optional<Path> dialerFile(LocalDate date, Path outDir) {
        if (lists(date, null).isEmpty()) {
            return Optional.empty();
        }
        Path file = outDir.resolve("call-lists").resolve(date.toString()).resolve("dialer.csv");
        writeIfStale(date, outDir, file);
        return Optional.of(file);
    }

    /**
     * Writes the day's files again (as {@code export call-lists}) when this machine has none, or only
     * older than the last call-lists run of the date (a re-run elsewhere replaced the lists).
     */
    private void writeIfStale(LocalDate date, Path outDir, Path file) {
        try {
            Instant lastRun = index.lastRun(date.toString()).orElse(null);
            if (!Files.isRegularFile(file)
                    || lastRun != null && Files.getLastModifiedTime(file).toInstant().isBefore(lastRun)) {
                exporter.write(date, outDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
