package com.retention.jobs.launch;

import com.retention.jobs.partitioning.PartitionedSteps;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One run as the API shows it: its steps with their counts and times, and a failure in one line. */
public record RunDetail(long id, String job, String date, String file, String status, LocalDateTime start,
        LocalDateTime end, Double seconds, List<Step> steps, String failure) {

    public record Step(String name, String status, long read, long written, long skipped, Double seconds) {
    }

    public static RunDetail of(JobOutcome outcome) {
        JobExecution execution = outcome.execution();
        var parameters = execution.getJobParameters();
        var date = parameters.getLocalDate(JobParametersFactory.DATE);
        List<Step> steps = execution.getStepExecutions().stream()
                .filter(s -> !PartitionedSteps.isWorker(s))
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(s -> new Step(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getSkipCount(), seconds(s.getStartTime(), s.getEndTime())))
                .toList();
        String failure = execution.getStatus() == BatchStatus.FAILED ? outcome.cause() : null;
        return new RunDetail(execution.getId(), execution.getJobInstance().getJobName(),
                date == null ? null : date.toString(), parameters.getString("file"), execution.getStatus().name(),
                execution.getStartTime(), execution.getEndTime(),
                seconds(execution.getStartTime(), execution.getEndTime()), steps, failure);
    }

    private static Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }
}
