package com.retention.jobs.partitioning;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/**
 * Where a manager step's ranges run: on this process's threads ({@link LocalThreads}) or on every
 * serve node sharing the database ({@code remote.RemotePartitionHandlers}). The partitioner, the
 * worker steps and their names are the same either way, so a restart finds its ranges in both.
 */
public interface PartitionHandlers extends AutoCloseable {

    /** A handler that runs the given worker step once per range, {@code gridSize} ranges. */
    PartitionHandler forWorker(Step worker, int gridSize);

    @Override
    default void close() {
    }
}
