package com.retention.jobs.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap high-water marks of one step. Two views: the used heap sampled every few milliseconds
 * (live data plus garbage not yet collected: it follows how much the collector lets the young
 * generation grow, not only what the step holds), and the used heap right after each collection
 * (live data plus old garbage not yet collected), which is what grows if a step holds more as the
 * data grows.
 */
public final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(NotificationEmitter.class::isInstance)
            .map(NotificationEmitter.class::cast)
            .toList();
    private final NotificationListener afterCollection = this::collected;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;
    private volatile long afterGcPeak;

    private HeapPeak() {
        sampledPeak = used();
        collectors.forEach(gc -> gc.addNotificationListener(afterCollection, null, null));
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

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo()
                .getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        synchronized (this) {
            afterGcPeak = Math.max(afterGcPeak, used);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bytes: the highest used heap seen by sampling. */
    public long sampledPeak() {
        return Math.max(sampledPeak, used());
    }

    /** Bytes: the highest used heap right after a collection; 0 when none ran. */
    public long afterGcPeak() {
        return afterGcPeak;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter gc : collectors) {
            try {
                gc.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException ignored) {
                // never added: nothing to remove
            }
        }
    }
}
