package com.retention.jobs.partitioning;

import com.retention.jobs.db.DatabaseProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads partition workers run on: a fixed pool of {@code retention.batch.partitions} threads,
 * shared by every partitioned step, so that however many steps run at once no more than that many
 * workers hold connections.
 */
@Configuration(proxyBeanMethods = false)
public class PartitioningConfiguration {

    /** Connections outside the workers: job repository updates from the manager thread, Quartz. */
    static final int SPARE_CONNECTIONS = 2;

    @Bean
    ThreadPoolTaskExecutor partitionTaskExecutor(PartitioningProperties partitioning, DatabaseProperties database) {
        requireConnections(partitioning.partitions(), database.poolSize());
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(partitioning.partitions());
        executor.setMaxPoolSize(partitioning.partitions());
        executor.setThreadNamePrefix("partition-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    @Bean
    PartitionedSteps partitionedSteps(org.springframework.batch.core.repository.JobRepository jobRepository,
                                      ThreadPoolTaskExecutor partitionTaskExecutor,
                                      PartitioningProperties partitioning, KeyRangeMapper boundaries) {
        return new PartitionedSteps(jobRepository, partitionTaskExecutor, partitioning.partitions(), boundaries);
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
