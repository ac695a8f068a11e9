package com.retention.jobs.partitioning.remote;

import com.retention.jobs.partitioning.PartitioningProperties;
import com.retention.jobs.partitioning.WorkerSteps;
import javax.sql.DataSource;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Remote partitioning, only with {@code retention.batch.remote.enabled=true}: the queue in PostgreSQL,
 * the manager's watch over its ranges and this node's range workers. No broker and no reply
 * channel: requests go through the database, results are read from the job repository.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "retention.batch.remote", name = "enabled", havingValue = "true")
public class RemotePartitioningConfiguration {

    @Bean
    RangeQueue rangeQueue(DataSource dataSource) {
        return new RangeQueue(dataSource);
    }

    @Bean
    RangeWatch rangeWatch(JobRepository jobRepository, DataSource dataSource, RangeQueue rangeQueue) {
        return new RangeWatch(jobRepository, dataSource, rangeQueue);
    }

    @Bean
    RangeWorkers rangeWorkers(DataSource dataSource, RangeQueue rangeQueue, JobRepository jobRepository,
                              WorkerSteps workerSteps, RemoteProperties remote, PartitioningProperties partitioning) {
        return new RangeWorkers(dataSource, rangeQueue, new RangeRunner(jobRepository, workerSteps, remote.node()),
                remote.workersOr(partitioning.partitions()), remote.pollInterval());
    }

    @Bean
    RemotePartitionHandlers remotePartitionHandlers(RangeQueue rangeQueue, RangeWatch rangeWatch,
                                                    RangeWorkers rangeWorkers, RemoteProperties remote) {
        return new RemotePartitionHandlers(rangeQueue, rangeWatch, rangeWorkers, remote.pollInterval(), remote.timeout());
    }
}
