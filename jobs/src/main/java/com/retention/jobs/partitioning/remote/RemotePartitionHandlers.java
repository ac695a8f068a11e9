package com.retention.jobs.partitioning.remote;

import com.retention.jobs.partitioning.PartitionHandlers;
import java.time.Duration;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/** The ranges of every partitioned step go through the queue to the serve nodes. */
public class RemotePartitionHandlers implements PartitionHandlers {

    private final RangeQueue queue;
    private final RangeWatch watch;
    private final RangeWorkers localWorkers;
    private final Duration pollInterval;
    private final Duration timeout;

    public RemotePartitionHandlers(RangeQueue queue, RangeWatch watch, RangeWorkers localWorkers,
                                   Duration pollInterval, Duration timeout) {
        this.queue = queue;
        this.watch = watch;
        this.localWorkers = localWorkers;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    @Override
    public PartitionHandler forWorker(Step worker, int gridSize) {
        return new RemotePartitionHandler(worker.getName(), gridSize, queue, watch, localWorkers, pollInterval, timeout);
    }
}
