package com.retention.jobs.launch;

import com.retention.jobs.errors.OneLineMessage;
import com.retention.jobs.partitioning.PartitionedSteps;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run did, in the words the command line prints. {@code innerCause} is, for a night that failed
 * inside one of its jobs, that job's own failure: the night's step only knows that its job failed.
 */
public record JobOutcome(String command, JobExecution execution, boolean alreadyComplete, String innerCause) {

    public JobOutcome(String command, JobExecution execution, boolean alreadyComplete) {
        this(command, execution, alreadyComplete, null);
    }

    public boolean succeeded() {
        return execution.getStatus() == BatchStatus.COMPLETED;
    }

    public String describe() {
        // an import has a file, not a date
        java.time.LocalDate day = execution.getJobParameters().getLocalDate(JobParametersFactory.DATE);
        String file = execution.getJobParameters().getString("file");
        String date = day == null && file != null ? java.nio.file.Path.of(file).getFileName().toString()
                : String.valueOf(day);
        if (alreadyComplete) {
            return command + " for " + date + " already completed (execution " + execution.getId()
                    + "); nothing to do. Use --rerun to run it again.";
        }
        String steps = execution.getStepExecutions().stream()
                .filter(s -> !PartitionedSteps.isWorker(s))
                .map(s -> "  " + s.getStepName() + ": " + counts(s) + s.getStatus() + " in " + seconds(s) + " s")
                .collect(Collectors.joining(System.lineSeparator()));
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        return command + " for " + date + ": " + execution.getStatus() + " in " + took.toMillis() / 1000.0
                + " s (execution " + execution.getId() + ")" + (steps.isEmpty() ? "" : System.lineSeparator() + steps);
    }

    /** Why the run failed, in one line: the failed inner job's own cause for a night. */
    public String cause() {
        String cause = innerCause != null ? innerCause : rootCause(execution);
        return cause.lines().findFirst().orElse("");
    }

    public String failureLine() {
        return command + " failed (execution " + execution.getId() + "): " + cause()
                + ". Fix the cause and run it again, or: retention jobs restart " + execution.getId();
    }

    /** The innermost message of the execution's first failure, or its exit description. */
    static String rootCause(JobExecution execution) {
        return execution.getAllFailureExceptions().stream()
                .map(t -> {
                    Throwable root = t;
                    while (root.getCause() != null && root.getCause() != root) {
                        root = root.getCause();
                    }
                    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
                })
                .findFirst().orElseGet(() -> {
                    String own = execution.getExitStatus().getExitDescription();
                    return fromDescription(own != null && own.startsWith(OneLineMessage.FAILED_PREFIX) ? own
                            : failedStepDescription(execution).orElse(own));
                });
    }

    /** The exit description of the first failed step, a partition's before its manager's (which says less). */
    private static java.util.Optional<String> failedStepDescription(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .sorted(java.util.Comparator.comparing((StepExecution s) -> !PartitionedSteps.isWorker(s)))
                .map(s -> s.getExitStatus().getExitDescription())
                .filter(d -> d != null && !d.isBlank())
                .findFirst();
    }

    /**
     * A run read back from the job repository has no exceptions, only its exit description: their
     * stack trace as text. Its innermost "Caused by:" (else its first line) without the class name.
     */
    private static String fromDescription(String description) {
        if (description == null || description.isBlank()) {
            return "no failure recorded";
        }
        if (description.startsWith(OneLineMessage.FAILED_PREFIX)) { // written by the run's listener
            return description.lines().findFirst().orElse("").substring(OneLineMessage.FAILED_PREFIX.length()).strip();
        }
        String line = description.lines().filter(l -> l.startsWith("Caused by: ")).reduce((a, b) -> b)
                .map(l -> l.substring("Caused by: ".length())).orElse(description.lines().findFirst().orElse(""));
        return line.replaceFirst("^[\\w.$]+(Exception|Error): ", "").strip();
    }

    /** A step that runs a whole job (the night's steps) has no item counts of its own. */
    private static String counts(StepExecution s) {
        if (s.getReadCount() == 0 && s.getWriteCount() == 0 && s.getSkipCount() == 0) {
            return "";
        }
        return "read " + s.getReadCount() + ", written " + s.getWriteCount()
                + (s.getSkipCount() > 0 ? ", skipped " + s.getSkipCount() : "") + ", ";
    }

    private static double seconds(StepExecution s) {
        return s.getStartTime() == null || s.getEndTime() == null ? 0
                : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
    }
}
