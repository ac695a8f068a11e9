package com.retention.jobs.observability;

import com.retention.jobs.errors.OneLineMessage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Attached to every job and every step of every job (see {@link ListenerAttacher}): puts job, step and
 * business date in the logging MDC while they run, counts items read, written and skipped per job and
 * step as Micrometer counters ({@code retention.batch.items}), and logs the run summary at the end of
 * every job (for {@code nightly}: the night's summary). Job and step durations come from Spring
 * Batch's own observations ({@code spring.batch.job}, {@code spring.batch.step}).
 */
public class JobRunListener implements JobExecutionListener, StepExecutionListener {

    public static final String JOB = "job";
    public static final String STEP = "step";
    public static final String DATE = "date";
    private static final Logger log = LoggerFactory.getLogger(JobRunListener.class);

    private final ObjectProvider<MeterRegistry> meters;
    /**
     * The logging context as it was before each running job and step, by execution id: a job step
     * runs a whole job inside a step of the nightly, and the nightly's own context must come back
     * when that inner job ends; a partition thread must not keep a range's context for its next use.
     */
    private final Map<String, Map<String, String>> before = new ConcurrentHashMap<>();

    public JobRunListener(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        save("job" + execution.getId());
        putJobContext(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        log.info(RunSummary.of(execution));
        keepCause(execution);
        restore("job" + execution.getId());
    }

    @Override
    public void beforeStep(StepExecution step) {
        save("step" + step.getId());
        // Partition workers run on their own threads: set the job context there too.
        putJobContext(step.getJobExecution());
        MDC.put(STEP, step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            String job = step.getJobExecution().getJobInstance().getJobName();
            count(registry, job, step.getStepName(), "read", step.getReadCount());
            count(registry, job, step.getStepName(), "written", step.getWriteCount());
            count(registry, job, step.getStepName(), "skipped", step.getSkipCount());
        }
        restore("step" + step.getId());
        return null;
    }

    /**
     * The repository keeps a failure as a stack trace cut at 2 500 characters, which often ends before
     * the innermost cause: the cause goes first, on its own line, so a run read back later (jobs, the
     * API, the console) still tells why it failed.
     */
    private static void keepCause(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED || execution.getAllFailureExceptions().isEmpty()) {
            return;
        }
        String cause = OneLineMessage.of(execution.getAllFailureExceptions().get(0));
        ExitStatus exit = execution.getExitStatus();
        execution.setExitStatus(new ExitStatus(exit.getExitCode(), OneLineMessage.FAILED_PREFIX + cause + "\n"
                + exit.getExitDescription()));
    }

    private void save(String key) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        before.put(key, context == null ? Map.of() : context);
    }

    private void restore(String key) {
        Map<String, String> context = before.remove(key);
        if (context == null || context.isEmpty()) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
    }

    private static void count(MeterRegistry registry, String job, String step, String kind, long amount) {
        registry.counter("retention.batch.items", "job", job, "step", step, "kind", kind).increment(amount);
    }

    private static void putJobContext(JobExecution execution) {
        MDC.put(JOB, execution.getJobInstance().getJobName());
        LocalDate date = execution.getJobParameters().getLocalDate(DATE);
        if (date != null) {
            MDC.put(DATE, date.toString());
        }
    }
}
