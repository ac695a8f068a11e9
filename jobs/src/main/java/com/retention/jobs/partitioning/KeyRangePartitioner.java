package com.retention.jobs.partitioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts a key space into exactly n contiguous ranges [from, to) with open ends, from the n-1 boundary
 * keys one set-based query returns. Always n partitions named partition0..n-1, even when the keys are
 * fewer than n (some ranges are then empty): a restart finds every partition of the first run by name
 * and takes its range from the job repository, not from a new query.
 */
public class KeyRangePartitioner implements Partitioner, PartitionNameProvider {

    static final String PREFIX = "partition";

    private final IntFunction<List<String>> boundaries;

    /** @param boundaries n -> the n-1 ascending cut keys, or none when there are no keys */
    public KeyRangePartitioner(IntFunction<List<String>> boundaries) {
        this.boundaries = boundaries;
    }

    public static KeyRangePartitioner of(KeyRangeMapper mapper, KeySpace keys) {
        return new KeyRangePartitioner(n -> mapper.boundaries(keys, n));
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<KeyRange> ranges = ranges(gridSize);
        for (int i = 0; i < ranges.size(); i++) {
            partitions.put(PREFIX + i, ranges.get(i).toContext());
        }
        return partitions;
    }

    @Override
    public Collection<String> getPartitionNames(int gridSize) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.max(1, gridSize); i++) {
            names.add(PREFIX + i);
        }
        return names;
    }

    /**
     * Any non-decreasing cuts make the ranges disjoint and together cover every key, so a missing cut
     * (no rows) may be any constant: the empty string puts every key in the last range.
     */
    List<KeyRange> ranges(int gridSize) {
        if (gridSize <= 1) {
            return List.of(KeyRange.ALL); // the plain single step: no boundary query
        }
        List<String> cuts = boundaries.apply(gridSize);
        if (cuts.isEmpty()) {
            cuts = Collections.nCopies(gridSize - 1, null); // no keys at all
        }
        if (cuts.size() != gridSize - 1) {
            throw new IllegalStateException("expected " + (gridSize - 1) + " boundaries, got " + cuts.size());
        }
        List<KeyRange> ranges = new ArrayList<>(gridSize);
        String from = null;
        for (String cut : cuts) {
            String to = cut != null ? cut : from != null ? from : "";
            ranges.add(new KeyRange(from, to));
            from = to;
        }
        ranges.add(new KeyRange(from, null));
        return ranges;
    }
}
