package com.retention.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap high-water mark of one step. Two views: the used heap sampled every few milliseconds
 * (what was live or not yet collected at once), and the sum of the heap pools' own peaks since
 * they were reset (an upper bound: each pool may peak at a different moment).
 */
public final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    private HeapPeak() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = used();
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapPeak start() {
        return new HeapPeak();
    }

    private void sample() {
        while (running) {
            sampledPeak = Math.max(sampledPeak, used());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes: the highest used heap seen by sampling. */
    public long sampledPeak() {
        return Math.max(sampledPeak, used());
    }

    /** Bytes: the sum of the heap pools' peaks since the start. */
    public long poolPeaks() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
