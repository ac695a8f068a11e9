package com.retention.jobs.partitioning;

import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * On a failed manager step, puts the failed partition's cause in place of the manager's own
 * "Partition handler returned an unsuccessful step": a job's failure line is taken from one of its
 * failure exceptions, and it should name what went wrong (the database's refusal), not that a
 * partition did.
 */
class WorkerFailureListener implements StepExecutionListener {

    private final String workerPrefix;

    WorkerFailureListener(String workerName) {
        this.workerPrefix = workerName + ":";
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        if (!manager.getStatus().isUnsuccessful()) {
            return null;
        }
        List<StepExecution> failed = manager.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerPrefix) && s.getStatus().isUnsuccessful())
                .filter(s -> !s.getFailureExceptions().isEmpty())
                .toList();
        if (!failed.isEmpty()) {
            StepExecution first = failed.get(0);
            manager.getFailureExceptions().clear();
            manager.addFailureException(new IllegalStateException(first.getStepName() + " failed",
                    first.getFailureExceptions().get(0)));
        }
        return null;
    }
}
