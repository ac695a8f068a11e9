package com.retention.jobs.partitioning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.batch.partitions}: how many key ranges the heavy steps (scoring, offers, dunning)
 * split into, each on its own thread with its own cursor and writer connection. 1 runs them as one
 * plain range on one thread.
 */
@ConfigurationProperties(prefix = "retention.batch")
public record PartitioningProperties(Integer partitions) {

    public static final int DEFAULT_PARTITIONS = 2; // this machine's cores

    public PartitioningProperties {
        if (partitions == null) {
            partitions = DEFAULT_PARTITIONS;
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("retention.batch.partitions must be 1 or more, not " + partitions);
        }
    }
}
