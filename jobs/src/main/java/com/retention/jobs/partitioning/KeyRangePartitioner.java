package com.retention.jobs.partitioning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
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

    /**
     * Step execution context key: how many items a range's worker will read, when it reads one per
     * key. The progress lines print it as the share done; it is defined here, where it is written, so
     * that partitioning needs nothing from observability (which already reads the partitions' names).
     */
    public static final String EXPECTED_ITEMS = "progress.total";

    private final IntFunction<List<String>> boundaries;
    private final LongSupplier rows;

    /** @param boundaries n -> the n-1 ascending cut keys, or none when there are no keys */
    public KeyRangePartitioner(IntFunction<List<String>> boundaries) {
        this(boundaries, null);
    }

    /**
     * @param rows the number of keys, when the worker reads one item per key: each range then gets
     *             its share under {@link #EXPECTED_ITEMS}; null when unknown
     */
    public KeyRangePartitioner(IntFunction<List<String>> boundaries, LongSupplier rows) {
        this.boundaries = boundaries;
        this.rows = rows;
    }

    public static KeyRangePartitioner of(KeyRangeMapper mapper, KeySpace keys, boolean oneItemPerKey) {
        return new KeyRangePartitioner(n -> mapper.boundaries(keys, n), oneItemPerKey ? () -> mapper.rows(keys) : null);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        List<KeyRange> ranges = ranges(gridSize);
        long[] sizes = rows == null ? null : sizes(rows.getAsLong(), ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = ranges.get(i).toContext();
            if (sizes != null) {
                context.putLong(EXPECTED_ITEMS, sizes[i]);
            }
            partitions.put(PREFIX + i, context);
        }
        return partitions;
    }

    /**
     * The rows of each of n ranges cut at the percentiles i/n of n unique keys: the cut i is the key
     * at position ceil(i * rows / n) (1-based), the first key of range i. Exact for unique keys (the
     * key spaces are primary keys), an estimate otherwise; it is only used to say how long is left.
     */
    static long[] sizes(long rows, int n) {
        long[] sizes = new long[n];
        long first = 1;
        for (int i = 0; i < n; i++) {
            long next = i == n - 1 ? rows + 1 : Math.max(1, ((i + 1) * rows + n - 1) / n);
            sizes[i] = Math.max(0, next - first);
            first = Math.max(first, next);
        }
        return sizes;
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
