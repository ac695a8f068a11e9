package com.retention.jobs.launch;

import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What a run did, in the words the command line prints. */
public record JobOutcome(String command, JobExecution execution, boolean alreadyComplete) {

    public boolean succeeded() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }

    public String describe() {
        String date = String.valueOf(execution.getJobParameters().getLocalDate(JobParametersFactory.DATE));
        if (alreadyComplete) {
            return command + " for " + date + " already completed (execution " + execution.getId()
                    + "); nothing to do. Use --rerun to run it again.";
        }
        String steps = execution.getStepExecutions().stream()
                .map(s -> "  " + s.getStepName() + ": read " + s.getReadCount() + ", written " + s.getWriteCount()
                        + (skips(s) > 0 ? ", skipped " + skips(s) : "") + ", " + s.getStatus())
                .collect(Collectors.joining(System.lineSeparator()));
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        return command + " for " + date + ": " + execution.getStatus() + " in " + took.toMillis() / 1000.0
                + " s (execution " + execution.getId() + ")" + (steps.isEmpty() ? "" : System.lineSeparator() + steps);
    }

    public String failureLine() {
        String cause = execution.getAllFailureExceptions().stream()
                .map(t -> {
                    Throwable root = t;
                    while (root.getCause() != null && root.getCause() != root) {
                        root = root.getCause();
                    }
                    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
                })
                .findFirst().orElse(execution.getExitStatus().getExitDescription());
        return command + " failed (execution " + execution.getId() + "): " + cause.lines().findFirst().orElse("")
                + ". Fix the cause and run it again, or: retention jobs restart " + execution.getId();
    }

    private static long skips(StepExecution s) {
        return s.getSkipCount();
    }
}
