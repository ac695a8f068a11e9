package com.retention.jobs.ingest.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counts a rows step leaves for the import's summary, copied into the job's context when the step
 * completes: rows read (the reader's position, {@link ImportJobParameters#READ_COUNT_KEY}) and rows set
 * aside without loading or rejecting them ({@link #FILTERED}: an outcome row nobody worked yet). A
 * restarted step starts its own counts at zero but inherits the context, so the filtered count carried
 * so far is kept there.
 */
public final class RowCounts implements StepExecutionListener {

    /** Rows set aside by every execution of the step so far. */
    public static final String FILTERED = "import.filtered";
    private static final String EARLIER = "import.filtered.earlier";

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(EARLIER, context.getLong(FILTERED, 0L));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        context.putLong(FILTERED, context.getLong(EARLIER, 0L) + step.getFilterCount());
        if (ExitStatus.COMPLETED.getExitCode().equals(step.getExitStatus().getExitCode())) {
            ExecutionContext job = step.getJobExecution().getExecutionContext();
            for (String key : new String[] {ImportJobParameters.READ_COUNT_KEY, FILTERED}) {
                if (context.containsKey(key)) {
                    job.put(key, context.get(key));
                }
            }
        }
        return null;
    }
}
