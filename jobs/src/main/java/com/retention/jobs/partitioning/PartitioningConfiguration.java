package com.retention.jobs.partitioning;

import com.retention.jobs.db.DatabaseProperties;
import com.retention.jobs.partitioning.remote.RemotePartitionHandlers;
import com.retention.jobs.partitioning.remote.RemoteProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partitioned steps' machinery, sized by {@code retention.batch.partitions} and checked against
 * the pool: local threads, or with {@code retention.batch.remote.enabled} the serve nodes.
 */
@Configuration(proxyBeanMethods = false)
public class PartitioningConfiguration {

    /** Connections outside the workers: job repository updates from the manager thread, Quartz. */
    static final int SPARE_CONNECTIONS = 2;

    @Bean
    WorkerSteps workerSteps() {
        return new WorkerSteps();
    }

    @Bean(destroyMethod = "close")
    PartitionedSteps partitionedSteps(JobRepository jobRepository, PartitioningProperties partitioning,
                                      RemoteProperties remote, DatabaseProperties database, KeyRangeMapper boundaries,
                                      WorkerSteps workerSteps, ObjectProvider<RemotePartitionHandlers> remoteHandlers) {
        PartitionHandlers handlers;
        if (remote.enabled()) {
            requireRemoteConnections(remote.workersOr(partitioning.partitions()), database.poolSize());
            handlers = remoteHandlers.getObject();
        } else {
            requireConnections(partitioning.partitions(), database.poolSize());
            handlers = new LocalThreads(partitioning.partitions());
        }
        return new PartitionedSteps(jobRepository, partitioning.partitions(), boundaries, handlers, workerSteps);
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

    /** A remote worker also keeps the connection that took its range, holding the range's lock. */
    static void requireRemoteConnections(int workers, int poolSize) {
        int needed = 3 * workers + SPARE_CONNECTIONS;
        if (poolSize < needed) {
            throw new IllegalStateException("retention.batch.remote.workers=" + workers + " needs retention.db.pool-size "
                    + needed + " or more (a lock, a cursor and a writer connection per worker, plus "
                    + SPARE_CONNECTIONS + "); it is " + poolSize);
        }
    }
}
