package com.retention.jobs.imports;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts the rows a rows step set aside without loading or rejecting them (an outcome row nobody
 * worked yet), across restarts: a restarted step starts its own counts at zero but inherits the
 * context, so the count carried so far is kept there. Register it after the promotion listener,
 * whose afterStep then runs after this one's (Spring Batch calls them in reverse).
 */
public final class FilteredRows implements StepExecutionListener {

    /** Rows set aside by every execution of the step so far; promoted to the job's context. */
    public static final String KEY = "import.filtered";
    private static final String EARLIER = "import.filtered.earlier";

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(EARLIER, context.getLong(KEY, 0L));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(KEY, context.getLong(EARLIER, 0L) + step.getFilterCount());
        return null;
    }
}
