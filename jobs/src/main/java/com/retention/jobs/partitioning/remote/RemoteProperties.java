package com.retention.jobs.partitioning.remote;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.batch.remote.*}: whether the partitioned steps hand their ranges to every serve
 * node sharing the database instead of this process's threads.
 *
 * @param enabled       off (the default): ranges run on local threads, as on one machine
 * @param workers       ranges this node runs at once (0: it only manages); default: {@code retention.batch.partitions}
 * @param pollInterval  how often idle workers look for a range and managers look at their ranges
 * @param timeout       a manager fails its step when its ranges are not all done by then
 * @param node          this node's name in the ranges it ran (step context {@code worker.node})
 */
@ConfigurationProperties(prefix = "retention.batch.remote")
public record RemoteProperties(boolean enabled, Integer workers, Duration pollInterval, Duration timeout,
                               String node) {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    public RemoteProperties {
        if (pollInterval == null) {
            pollInterval = Duration.ofSeconds(1);
        }
        if (timeout == null) {
            timeout = Duration.ofHours(6);
        }
        if (workers != null && workers < 0) {
            throw new IllegalArgumentException("retention.batch.remote.workers must be 0 or more, not " + workers);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("retention.batch.remote.poll-interval and .timeout must be positive");
        }
        if (node == null || node.isBlank()) {
            node = defaultNode();
        }
    }

    public int workersOr(int partitions) {
        return workers != null ? workers : partitions;
    }

    /** host/pid, plus a counter when one JVM holds several application contexts (tests). */
    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        int instance = INSTANCES.incrementAndGet();
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + (instance > 1 ? "#" + instance : "");
    }
}
