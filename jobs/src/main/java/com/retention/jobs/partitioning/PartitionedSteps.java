package com.retention.jobs.partitioning;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * Builds the manager step of a key-range partitioned chunk step: the manager computes the ranges,
 * runs one execution of the worker step per range ({@code worker:partitionN}), on this process's
 * threads or on the serve nodes ({@link PartitionHandlers}), and sums their counts. A restart re-runs
 * only the partitions that did not complete, each from its own last commit, with the grid size of
 * the first run. The ranges are those of the first run ({@link RangeSplitter}).
 */
public class PartitionedSteps implements AutoCloseable {

    private final JobRepository jobRepository;
    private final int partitions;
    private final KeyRangeMapper boundaries;
    private final PartitionHandlers handlers;
    private final WorkerSteps workers;

    public PartitionedSteps(JobRepository jobRepository, int partitions, KeyRangeMapper boundaries,
                            PartitionHandlers handlers, WorkerSteps workers) {
        this.jobRepository = jobRepository;
        this.partitions = partitions;
        this.boundaries = boundaries;
        this.handlers = handlers;
        this.workers = workers;
    }

    /**
     * A worker's execution of one range ({@code worker:partitionN}); its manager step already
     * carries the sum of its workers' counts, so summaries count managers only.
     */
    public static boolean isWorker(org.springframework.batch.core.step.StepExecution step) {
        return step.getStepName().contains(":" + KeyRangePartitioner.PREFIX);
    }

    /** A manager whose worker reads some of its range's keys only: its progress has no total. */
    public Step manager(String name, Step worker, KeySpace keys) {
        return manager(name, worker, keys, false);
    }

    /**
     * A manager whose worker reads exactly one item per key of its range: the partitioner counts the
     * keys, so each range's progress lines say how much is left.
     */
    public Step managerOfEveryKey(String name, Step worker, KeySpace keys) {
        return manager(name, worker, keys, true);
    }

    private Step manager(String name, Step worker, KeySpace keys, boolean oneItemPerKey) {
        workers.register(worker);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker)
                .splitter(new RangeSplitter(jobRepository, worker.getName(),
                        KeyRangePartitioner.of(boundaries, keys, oneItemPerKey)))
                .partitionHandler(handlers.forWorker(worker, partitions))
                .listener(new WorkerFailureListener(worker.getName()))
                .build();
    }

    @Override
    public void close() {
        handlers.close();
    }
}
