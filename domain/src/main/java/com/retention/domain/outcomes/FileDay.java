package com.retention.domain.outcomes;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The list date an outcome file belongs to: the date most of its task ids carry (ties: the
 * earliest). A call list is one day's list, so a few rows pasted in from another day's file are
 * the odd ones out, and they are rejected rather than the whole file; a first-row rule would let
 * one stray row at the top reject everything else.
 */
public final class FileDay {

    private final Map<LocalDate, Long> counts = new TreeMap<>();

    /** Counts one row's task id; ids that are not task ids do not vote. */
    public void add(String taskId) {
        TaskId.listDate(taskId).ifPresent(day -> counts.merge(day, 1L, Long::sum));
    }

    /** The majority date, empty when no row carried a task id. */
    public Optional<LocalDate> day() {
        LocalDate best = null;
        long bestCount = 0;
        for (Map.Entry<LocalDate, Long> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many rows voted for a date other than the majority. */
    public long dissenters() {
        return day().map(d -> counts.values().stream().mapToLong(Long::longValue).sum() - counts.get(d)).orElse(0L);
    }
}
