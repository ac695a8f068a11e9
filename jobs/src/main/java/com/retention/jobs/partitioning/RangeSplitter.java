package com.retention.jobs.partitioning;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Creates the executions of a manager's ranges ({@code worker:partitionN}). The ranges are computed
 * once per job instance and stored in the manager's context before any range's execution exists; a
 * restart runs each range that did not complete with its newest stored context (its bounds and
 * reader positions), or, when none of its executions got one stored, with the stored range.
 *
 * <p>Why not Spring Batch's splitter: it stores a range's execution and then, separately, the
 * range's bounds, and on a restart it gives a range the first run never created an empty context. A
 * process killed in between left a range without bounds, whose restart ran over every key into the
 * rows of the other ranges (a duplicate key). The job repository refuses to create executions inside
 * a transaction, so the fix is to have each range's bounds always at hand, not one transaction.
 */
final class RangeSplitter implements StepExecutionSplitter {

    private static final Logger log = LoggerFactory.getLogger(RangeSplitter.class);

    /** Manager context: the ranges of the first split, by partition name. */
    static final String RANGES = "partitioning.ranges";

    private final JobRepository jobRepository;
    private final String worker;
    private final Partitioner partitioner;

    RangeSplitter(JobRepository jobRepository, String worker, Partitioner partitioner) {
        this.jobRepository = jobRepository;
        this.worker = worker;
        this.partitioner = partitioner;
    }

    @Override
    public String getStepName() {
        return worker;
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        JobExecution job = manager.getJobExecution();
        Set<StepExecution> runs = new HashSet<>();
        try {
            for (Map.Entry<String, ExecutionContext> range : ranges(manager, gridSize).entrySet()) {
                String name = worker + ":" + range.getKey();
                StepExecution last = jobRepository.getLastStepExecution(job.getJobInstance(), name);
                if (last != null && !runsAgain(last, manager)) {
                    continue;
                }
                StepExecution run = jobRepository.createStepExecution(name, job);
                runs.add(run);
                ExecutionContext resumed = last == null ? null : restartPoint(job, last);
                run.setExecutionContext(resumed != null ? resumed : new ExecutionContext(range.getValue()));
                jobRepository.updateExecutionContext(run);
            }
        } catch (RuntimeException | JobExecutionException e) {
            failUnstarted(runs);
            throw e;
        }
        return runs;
    }

    /** The ranges stored by the first split of this job instance, or computed and stored now. */
    @SuppressWarnings("unchecked")
    private Map<String, ExecutionContext> ranges(StepExecution manager, int gridSize) {
        ExecutionContext context = manager.getExecutionContext();
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        if (context.containsKey(RANGES)) {
            ((Map<String, Map<String, Object>>) context.get(RANGES))
                    .forEach((name, values) -> ranges.put(name, new ExecutionContext(values)));
        } else {
            ranges.putAll(partitioner.partition(gridSize));
            // Plain JDK maps: the job repository stores the context with Java serialization.
            LinkedHashMap<String, HashMap<String, Object>> stored = new LinkedHashMap<>();
            ranges.forEach((name, values) -> stored.put(name, new HashMap<>(values.toMap())));
            context.put(RANGES, stored);
        }
        // A restart's manager has them copied from the last one in memory only: store them in this one too.
        jobRepository.updateExecutionContext(manager);
        return ranges;
    }

    /**
     * The newest stored context of the range's executions. One left empty died before its context
     * was stored and so never committed a chunk: the one before it knows where to go on.
     */
    private ExecutionContext restartPoint(JobExecution job, StepExecution last) {
        if (!last.getExecutionContext().isEmpty()) {
            return last.getExecutionContext();
        }
        return jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .flatMap(execution -> execution.getStepExecutions().stream())
                .filter(step -> step.getStepName().equals(last.getStepName()) && !step.getExecutionContext().isEmpty())
                .max(Comparator.comparingLong(StepExecution::getId))
                .map(StepExecution::getExecutionContext)
                .orElse(null);
    }

    /**
     * Ranges created before the split failed never reach a worker; left STARTING, Spring Batch would
     * take their job for running and refuse the restart.
     */
    private void failUnstarted(Set<StepExecution> runs) {
        for (StepExecution run : runs) {
            run.setStatus(BatchStatus.FAILED);
            run.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(run);
            } catch (RuntimeException e) {
                log.warn("could not mark the unstarted range {} failed: {}", run.getStepName(), e.getMessage());
            }
        }
    }

    /** As Spring Batch decides: a failed or stopped range runs again, a completed one not. */
    private static boolean runsAgain(StepExecution last, StepExecution manager) throws JobExecutionException {
        BatchStatus status = last.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return last.getJobExecutionId() == manager.getJobExecutionId();
        }
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            return true;
        }
        throw new JobExecutionException("Cannot restart step " + last.getStepName() + " from " + status
                + " status: its last execution may still run, or ended in a state that needs a look first");
    }
}
