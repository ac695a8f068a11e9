package com.retention.jobs.partitioning;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Builds the manager step of a key-range partitioned chunk step: the manager computes the ranges,
 * runs one execution of the worker step per range on the partition threads ({@code worker:partitionN})
 * and sums their counts. A restart re-runs only the partitions that did not complete, each from its
 * own last commit, with the grid size of the first run.
 *
 * <p>The threads: a fixed pool of {@code partitions} threads shared by every partitioned step, so
 * that however many steps run at once no more than that many workers hold connections. It is kept
 * here, not published as an Executor bean: Spring Boot would hand a unique Executor bean to Quartz
 * and {@code @Async}, and a manager waiting on its own pool could starve its workers.
 */
public class PartitionedSteps implements AutoCloseable {

    private final JobRepository jobRepository;
    private final int partitions;
    private final KeyRangeMapper boundaries;
    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

    public PartitionedSteps(JobRepository jobRepository, int partitions, KeyRangeMapper boundaries) {
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.boundaries = boundaries;
        threads.setCorePoolSize(partitions);
        threads.setMaxPoolSize(partitions);
        threads.setThreadNamePrefix("partition-");
        threads.initialize();
    }

    /**
     * A worker's execution of one range ({@code worker:partitionN}); its manager step already
     * carries the sum of its workers' counts, so summaries count managers only.
     */
    public static boolean isWorker(org.springframework.batch.core.step.StepExecution step) {
        return step.getStepName().contains(":" + KeyRangePartitioner.PREFIX);
    }

    public Step manager(String name, Step worker, KeySpace keys) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), KeyRangePartitioner.of(boundaries, keys))
                .partitionHandler(handler)
                .listener(new WorkerFailureListener(worker.getName()))
                .build();
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
