package com.retention.jobs.partitioning;

import com.retention.jobs.db.DatabaseProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partitioned steps' machinery, sized by {@code retention.batch.partitions} and checked against the pool. */
@Configuration(proxyBeanMethods = false)
public class PartitioningConfiguration {

    /** Connections outside the workers: job repository updates from the manager thread, Quartz. */
    static final int SPARE_CONNECTIONS = 2;

    @Bean(destroyMethod = "close")
    PartitionedSteps partitionedSteps(JobRepository jobRepository, PartitioningProperties partitioning,
                                      DatabaseProperties database, KeyRangeMapper boundaries) {
        requireConnections(partitioning.partitions(), database.poolSize());
        return new PartitionedSteps(jobRepository, partitioning.partitions(), boundaries);
    }

    /**
     * Each worker holds a cursor connection (autocommit off, for the whole partition) and a writer
     * connection (per chunk); too small a pool would leave workers waiting for a connection until
     * the pool's timeout fails them.
     */
    static void requireConnections(int partitions, int poolSize) {
        int needed = 2 * partitions + SPARE_CONNECTIONS;
        if (poolSize < needed) {
            throw new IllegalStateException("retention.batch.partitions=" + partitions + " needs retention.db.pool-size "
                    + needed + " or more (a cursor and a writer connection per partition, plus " + SPARE_CONNECTIONS
                    + "); it is " + poolSize);
        }
    }
}
