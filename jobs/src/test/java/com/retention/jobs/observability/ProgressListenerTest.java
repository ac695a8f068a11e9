package com.retention.jobs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class ProgressListenerTest {

    private final LocalDateTime start = LocalDateTime.of(2030, 1, 1, 2, 0);

    @Test
    void saysTheRateAndTheTimeLeftWhenTheStepKnowsItsTotal() {
        StepExecution step = step(40_000, 120_000L);

        String line = ProgressListener.line(step, millis(start.plusSeconds(20)));

        assertThat(line).isEqualTo("scoring: 40000 read, 39990 written, 2000 items/s, 33% of 120000, about 40.0 s left");
    }

    @Test
    void withoutATotalItSaysTheRateOnly() {
        String line = ProgressListener.line(step(3_000, null), millis(start.plusSeconds(3)));

        assertThat(line).isEqualTo("scoring: 3000 read, 2990 written, 1000 items/s");
    }

    @Test
    void printsAtMostOncePerInterval() {
        MovingClock clock = new MovingClock(Instant.parse("2030-01-01T00:00:00Z"));
        ProgressListener listener = new ProgressListener(clock, Duration.ofSeconds(5));
        StepExecution step = step(100, null);
        listener.beforeStep(step);
        int printed = 0;
        for (int second = 1; second <= 12; second++) {
            clock.now = clock.now.plusSeconds(1);
            printed += listener.shouldPrint(step) ? 1 : 0;
            printed += listener.shouldPrint(step) ? 1 : 0; // a second listener call for the same chunk
        }
        assertThat(printed).as("at seconds 5 and 10 only").isEqualTo(2);
    }

    private StepExecution step(long read, Long total) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParameters());
        StepExecution step = new StepExecution(7L, "scoring", job);
        step.setStartTime(start);
        step.setReadCount(read);
        step.setWriteCount(read - 10);
        if (total != null) {
            step.getExecutionContext().putLong(com.retention.jobs.partitioning.KeyRangePartitioner.EXPECTED_ITEMS, total);
        }
        return step;
    }

    private static long millis(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
