package com.retention.jobs.observability;

import com.retention.jobs.partitioning.KeyRangePartitioner;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints the progress of a long step to the console at most every {@code retention.progress.interval}
 * (default 5 s): items read and written, items per second and, when the step put the number of items
 * it expects under {@link KeyRangePartitioner#EXPECTED_ITEMS} in its step execution context, the share done and the time left.
 * Attach it to a chunk step with {@code .listener(progressListener)}; it keeps its state per step
 * execution, so one bean serves every step, partition and thread, and attaching it twice prints once.
 */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final Clock clock;
    private final Duration interval;
    private final Map<Long, Long> lastPrinted = new ConcurrentHashMap<>();

    public ProgressListener(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void beforeStep(StepExecution step) {
        lastPrinted.put(step.getId(), clock.millis());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        lastPrinted.remove(step.getId());
        return null;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        var context = StepSynchronizationManager.getContext();
        if (context != null) {
            report(context.getStepExecution());
        }
    }

    @Override
    public void afterChunk(ChunkContext context) {
        report(context.getStepContext().getStepExecution());
    }

    /** Prints a progress line if the interval has passed since the last one for this step execution. */
    public void report(StepExecution step) {
        if (shouldPrint(step)) {
            log.info(line(step, clock.millis()));
        }
    }

    /** True at most once per interval per step execution, whichever thread asks. */
    boolean shouldPrint(StepExecution step) {
        long now = clock.millis();
        Long last = lastPrinted.putIfAbsent(step.getId(), now);
        return last != null && step.getReadCount() > 0 && now - last >= interval.toMillis()
                && lastPrinted.replace(step.getId(), last, now);
    }

    static String line(StepExecution step, long nowMillis) {
        long read = step.getReadCount();
        long started = step.getStartTime() == null ? nowMillis
                : step.getStartTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        double seconds = Math.max(0.001, (nowMillis - started) / 1000.0);
        double rate = read / seconds;
        StringBuilder line = new StringBuilder(step.getStepName()).append(": ").append(read).append(" read, ")
                .append(step.getWriteCount()).append(" written");
        if (step.getSkipCount() > 0) {
            line.append(", ").append(step.getSkipCount()).append(" skipped");
        }
        line.append(String.format(", %.0f items/s", rate));
        long total = step.getExecutionContext().getLong(KeyRangePartitioner.EXPECTED_ITEMS, -1L);
        if (total > 0) {
            long left = Math.max(0, total - read);
            line.append(String.format(", %d%% of %d", Math.min(100, read * 100 / total), total));
            if (rate > 0) {
                line.append(", about ").append(RunSummary.format(Duration.ofSeconds((long) (left / rate))))
                        .append(" left");
            }
        }
        return line.toString();
    }
}
