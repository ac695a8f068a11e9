package com.retention.jobs.partitioning;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The ranges on this process's threads: a fixed pool of {@code partitions} threads shared by every
 * partitioned step, so that however many steps run at once no more than that many workers hold
 * connections. It is kept here, not published as an Executor bean: Spring Boot would hand a unique
 * Executor bean to Quartz and {@code @Async}, and a manager waiting on its own pool could starve its
 * workers.
 */
public class LocalThreads implements PartitionHandlers {

    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    public LocalThreads(int partitions) {
        threads.setCorePoolSize(partitions);
        threads.setMaxPoolSize(partitions);
        threads.setThreadNamePrefix("partition-");
        threads.initialize();
    }

    @Override
    public PartitionHandler forWorker(Step worker, int gridSize) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(gridSize);
        return handler;
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
