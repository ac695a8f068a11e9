package com.retention.jobs.observability;

import java.time.Duration;
import java.time.LocalDateTime;
import com.retention.jobs.partitioning.PartitionedSteps;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One paragraph saying what a run did: what the operator reads in the morning. */
final class RunSummary {

    private RunSummary() {
    }

    static String of(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        Object date = execution.getJobParameters().getLocalDate("date");
        long read = 0;
        long written = 0;
        long skipped = 0;
        List<StepExecution> stepExecutions = execution.getStepExecutions().stream()
                .filter(step -> !PartitionedSteps.isWorker(step)).toList();
        for (StepExecution step : stepExecutions) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
        }
        String steps = stepExecutions.stream()
                .map(s -> s.getStepName() + " " + s.getStatus() + " (" + s.getReadCount() + " read, "
                        + s.getWriteCount() + " written" + (s.getSkipCount() > 0 ? ", " + s.getSkipCount() + " skipped"
                                : "") + ", " + format(took(s.getStartTime(), s.getEndTime())) + ")")
                .collect(Collectors.joining("; "));
        String failures = execution.getAllFailureExceptions().stream()
                .map(RunSummary::rootMessage)
                .distinct().collect(Collectors.joining("; "));
        String what = date == null ? "Run of " + job + ": " : "Run of " + job + " for " + date + ": ";
        return (job.equals("nightly") ? "Night of " + date + ": " : what)
                + job + " " + execution.getStatus() + " in "
                + format(took(execution.getStartTime(), execution.getEndTime())) + " (execution " + execution.getId()
                + "), " + read + " items read, " + written + " written, " + skipped + " skipped."
                + (steps.isEmpty() ? "" : " Steps: " + steps + ".")
                + (failures.isEmpty() ? "" : " Failed: " + failures + ". Restart with: retention jobs restart "
                        + execution.getId());
    }

    /** "Unable to process chunk" says nothing: the operator needs the innermost cause. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
    }

    private static Duration took(LocalDateTime start, LocalDateTime end) {
        return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return d.toMillis() / 1000.0 + " s";
        }
        return s >= 3600 ? s / 3600 + " h " + s % 3600 / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }
}
