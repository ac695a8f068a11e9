package com.retention.jobs.calllists.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DecidingThreadsTest {

    @Test
    @Timeout(30)
    void decidesEveryRunOnceOnEveryThreadAndClosesEachDecider() {
        Set<List<PolicyRow>> decided = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger closed = new AtomicInteger();
        List<List<PolicyRow>> runs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            runs.add(List.of(new PolicyRow()));
        }
        try (DecidingThreads deciding = new DecidingThreads(2, () -> new DecidingThreads.Decider() {
            @Override
            public void decide(List<PolicyRow> run) {
                threads.add(Thread.currentThread().getName());
                assertThat(decided.add(run)).isTrue();
                sleep(Duration.ofMillis(1)); // long enough for the other thread to take the next run
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        })) {
            runs.forEach(deciding::decide);
            deciding.finish();
        }
        assertThat(decided).hasSize(200);
        assertThat(threads).hasSize(2);
        assertThat(closed).hasValue(2);
    }

    @Test
    @Timeout(30)
    void aFailingThreadStopsTheReadingWithItsError() {
        AtomicInteger closed = new AtomicInteger();
        try (DecidingThreads deciding = new DecidingThreads(2, () -> new DecidingThreads.Decider() {
            @Override
            public void decide(List<PolicyRow> run) {
                throw new IllegalStateException("cannot read the contact history: connection lost");
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        })) {
            // more runs than the threads can hold: the reader meets the failure while handing them over
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    deciding.decide(List.of(new PolicyRow()));
                }
                deciding.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("cannot read the contact history: connection lost");
        }
        assertThat(closed).hasValue(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
