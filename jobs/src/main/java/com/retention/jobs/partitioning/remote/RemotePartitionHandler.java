package com.retention.jobs.partitioning.remote;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The manager side: queues one {@link StepExecutionRequest} per range and waits by reading the job
 * repository, as Spring Batch Integration's {@code MessageChannelPartitionHandler} does with
 * pollRepositoryForResults, but it also notices a range whose node died ({@link RangeWatch}) and
 * gives up on the rest after the timeout, failing them, instead of waiting for ever. What it
 * returns are the splitter's own executions brought up to date, so the counts and the failure cause
 * reach the manager step as with local threads.
 */
class RemotePartitionHandler extends AbstractPartitionHandler {

    private final String workerName;
    private final RangeQueue queue;
    private final RangeWatch watch;
    private final RangeWorkers localWorkers;
    private final Duration pollInterval;
    private final Duration timeout;

    RemotePartitionHandler(String workerName, int gridSize, RangeQueue queue, RangeWatch watch,
                           RangeWorkers localWorkers, Duration pollInterval, Duration timeout) {
        this.workerName = workerName;
        this.queue = queue;
        this.watch = watch;
        this.localWorkers = localWorkers;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> ranges) throws Exception {
        localWorkers.ensureStarted(); // a `run` from the command line takes part too, so it never waits alone
        Map<StepExecution, UUID> pending = new LinkedHashMap<>();
        for (StepExecution range : ranges) {
            pending.put(range, queue.send(new StepExecutionRequest(workerName, range.getId())));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            for (Iterator<Map.Entry<StepExecution, UUID>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<StepExecution, UUID> range = it.next();
                StepExecution finished = watch.finished(range.getKey().getId(), range.getValue());
                if (finished != null) {
                    bringUpToDate(range.getKey(), finished);
                    it.remove();
                }
            }
            if (!pending.isEmpty() && System.nanoTime() > deadline) {
                for (StepExecution range : pending.keySet()) {
                    bringUpToDate(range, watch.fail(range.getId(), "not finished within retention.batch.remote.timeout="
                            + timeout + ": no serve node free to run it, or too slow"));
                }
                pending.clear();
            }
            if (!pending.isEmpty()) {
                pause(pending);
            }
        }
        return ranges;
    }

    /**
     * Waits a poll interval. Interrupted, the manager stops waiting and fails what is pending, so that
     * the run can be restarted: Spring Batch does not restart a range left STARTING or STARTED.
     */
    private void pause(Map<StepExecution, UUID> pending) throws InterruptedException {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            for (StepExecution range : pending.keySet()) {
                bringUpToDate(range, watch.fail(range.getId(), "its manager was interrupted"));
            }
            throw e;
        }
    }

    /** Copies what the worker recorded onto the manager's copy of the range; a failure keeps its cause line. */
    static void bringUpToDate(StepExecution local, StepExecution stored) {
        if (stored == null) {
            local.setStatus(BatchStatus.UNKNOWN);
            local.addFailureException(new IllegalStateException("range execution " + local.getId() + " vanished"));
            return;
        }
        local.setStatus(stored.getStatus());
        local.setExitStatus(stored.getExitStatus());
        local.setStartTime(stored.getStartTime());
        local.setEndTime(stored.getEndTime());
        local.setReadCount(stored.getReadCount());
        local.setWriteCount(stored.getWriteCount());
        local.setFilterCount(stored.getFilterCount());
        local.setCommitCount(stored.getCommitCount());
        local.setRollbackCount(stored.getRollbackCount());
        local.setReadSkipCount(stored.getReadSkipCount());
        local.setProcessSkipCount(stored.getProcessSkipCount());
        local.setWriteSkipCount(stored.getWriteSkipCount());
        local.setExecutionContext(stored.getExecutionContext());
        if (stored.getStatus().isUnsuccessful()) {
            Throwable cause = stored.getFailureExceptions().isEmpty()
                    ? new IllegalStateException(firstLine(stored.getExitStatus().getExitDescription()))
                    : stored.getFailureExceptions().get(0);
            local.addFailureException(cause);
        }
    }

    /** A worker's exit description is its stack trace; the first line names the failure. */
    static String firstLine(String description) {
        if (description == null || description.isBlank()) {
            return "failed on its node";
        }
        int end = description.indexOf('\n');
        return (end < 0 ? description : description.substring(0, end)).strip();
    }
}
