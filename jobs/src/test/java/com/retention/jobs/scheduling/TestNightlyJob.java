package com.retention.jobs.scheduling;

import com.retention.jobs.observability.ProgressListener;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A stand-in for the real nightly flow: one chunk step that writes one row per item (1..N, chunks of
 * 5) for the business date into ops_nightly_output, in commit order (seq). It can be made to block
 * in the chunk holding a given item (in this JVM through {@link #BLOCK_AT}, in a child JVM through
 * the system property ops.test.block-at) to simulate a crash mid-step, or to fail there.
 * Deliberately not a @Configuration: the application's component scan must not find it.
 */
public class TestNightlyJob {

    public static final int ITEMS = 20;
    public static final AtomicInteger BLOCK_AT = new AtomicInteger(Integer.getInteger("ops.test.block-at", 0));
    public static final AtomicInteger FAIL_AT = new AtomicInteger(0);
    public static final AtomicReference<CountDownLatch> RELEASE = new AtomicReference<>(new CountDownLatch(1));

    /** Replaces the application's real nightly flow (same bean name) in the nodes of these tests. */
    @Bean
    Job nightlyJob(JobRepository repository, Step writeItems, JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS ops_nightly_output (
                    business_date date NOT NULL, item int NOT NULL, seq bigserial,
                    PRIMARY KEY (business_date, item))
                """);
        return new JobBuilder("nightly", repository).start(writeItems).build();
    }

    @Bean
    Step writeItems(JobRepository repository, PlatformTransactionManager transactions, JdbcTemplate jdbc,
            ProgressListener progress) {
        return new StepBuilder("write-items", repository).<Integer, Integer>chunk(5)
                .transactionManager(transactions)
                .reader(numbers())
                .writer(writer(jdbc))
                .listener(progress)
                .build();
    }

    private static AbstractItemCountingItemStreamItemReader<Integer> numbers() {
        AbstractItemCountingItemStreamItemReader<Integer> reader = new AbstractItemCountingItemStreamItemReader<>() {
            @Override
            protected Integer doRead() {
                return getCurrentItemCount() <= ITEMS ? getCurrentItemCount() : null;
            }

            @Override
            protected void doOpen() {
            }

            @Override
            protected void doClose() {
            }
        };
        reader.setName("numbers");
        return reader;
    }

    private static ItemWriter<Integer> writer(JdbcTemplate jdbc) {
        return chunk -> {
            LocalDate date = StepSynchronizationManager.getContext()
                    .getStepExecution().getJobParameters().getLocalDate("date");
            for (Integer item : chunk) {
                if (item == FAIL_AT.get()) {
                    throw new IllegalStateException("test failure at item " + item);
                }
                if (item == BLOCK_AT.get()) {
                    blockUntilReleased();
                }
                jdbc.update("INSERT INTO ops_nightly_output (business_date, item) VALUES (?, ?)", date, item);
            }
        };
    }

    private static void blockUntilReleased() {
        try {
            while (!RELEASE.get().await(1, TimeUnit.SECONDS)) {
                // blocked mid-chunk, its transaction open, as a process hanging or about to be killed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while blocked", e);
        }
    }
}
