package com.retention.jobs.partitioning;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;

/**
 * Builds the manager step of a key-range partitioned chunk step: the manager computes the ranges,
 * runs one execution of the worker step per range on the partition threads ({@code worker:partitionN})
 * and sums their counts. A restart re-runs only the partitions that did not complete, each from its
 * own last commit, with the grid size of the first run.
 */
public class PartitionedSteps {

    private final JobRepository jobRepository;
    private final TaskExecutor taskExecutor;
    private final int partitions;
    private final KeyRangeMapper boundaries;

    public PartitionedSteps(JobRepository jobRepository, TaskExecutor taskExecutor, int partitions,
                            KeyRangeMapper boundaries) {
        this.jobRepository = jobRepository;
        this.taskExecutor = taskExecutor;
        this.partitions = partitions;
        this.boundaries = boundaries;
    }

    public Step manager(String name, Step worker, KeySpace keys) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(taskExecutor);
        handler.setGridSize(partitions);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), KeyRangePartitioner.of(boundaries, keys))
                .partitionHandler(handler)
                .listener(new WorkerFailureListener(worker.getName()))
                .build();
    }

    public int partitions() {
        return partitions;
    }
}
