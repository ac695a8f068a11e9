package com.retention.jobs.bench;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.partitioning.PartitionedSteps;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs the nightly flow job by job through {@link JobLaunchService} (afresh, so the same date
 * decides again over the data now loaded) and measures each job. Stops at the first failure.
 */
public final class FlowRunner {

    /** The flow in order; the bench runs whichever of these exist. */
    public static final List<String> JOBS = List.of("scoring", "offers", "dunning", "outages", "call-lists", "report");

    private final JobLaunchService launcher;

    public FlowRunner(JobLaunchService launcher) {
        this.launcher = launcher;
    }

    public List<String> plan() {
        return JOBS.stream().filter(launcher.jobNames()::contains).toList();
    }

    public List<FlowStep> run(LocalDate date) {
        List<FlowStep> steps = new ArrayList<>();
        for (String job : plan()) {
            FlowStep step = runOne(job, date);
            steps.add(step);
            if (!"COMPLETED".equals(step.status())) {
                break;
            }
        }
        return steps;
    }

    FlowStep runOne(String job, LocalDate date) {
        // Each job starts from a collected heap: otherwise the old garbage the previous job left for a later
        // mixed collection counts in this job's peak after a collection (the report job "grew" with
        // the call-lists job's garbage). Not timed.
        System.gc();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        JobOutcome outcome;
        long sampled;
        long afterGc;
        try (HeapPeak heap = HeapPeak.start()) {
            outcome = launcher.runAfresh(job, date, null);
            sampled = heap.sampledPeak();
            afterGc = heap.afterGcPeak();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Duration javaCpu = Duration.ofNanos(processCpuNanos() - cpuStart);
        long in = 0;
        long out = 0;
        for (StepExecution step : outcome.execution().getStepExecutions()) {
            if (PartitionedSteps.isWorker(step)) {
                continue; // its manager step already carries the partition's counts
            }
            in += step.getReadCount();
            out += step.getWriteCount();
        }
        String status = outcome.succeeded() ? "COMPLETED" : outcome.failureLine();
        return new FlowStep(job, in, out, took, javaCpu, sampled, afterGc, status);
    }

    /** CPU time of this JVM (job threads, JIT compilers, GC), not of the database's processes. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
