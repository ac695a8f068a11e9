package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.partitioning.remote.RangeWorkers;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;

/**
 * {@code serve} with remote partitioning on starts this node's range workers with the scheduler and
 * says so on the console; without it there are none, and nothing else changes.
 */
class RemoteWorkersOnServeTest {

    private static final String[] QUIET = {"--retention.schedule.nightly-cron=0 0 0 1 1 ? 2099",
            "--retention.schedule.catch-up-on-start=false"};

    @Test
    void serveStartsTheRangeWorkersWhenRemotePartitioningIsOn() throws Exception {
        try (Node node = Node.start(new MutableClock(LocalDateTime.parse("2030-05-01T12:00")), QUIET[0], QUIET[1],
                "--retention.batch.remote.enabled=true", "--retention.batch.remote.workers=2")) {
            OpsTables.reset(node.jdbc());
            RangeWorkers workers = node.bean(RangeWorkers.class);
            assertThat(workers.isRunning()).as("not before serve").isFalse();

            List<String> lines = node.bean(ServeScheduler.class).start();

            assertThat(workers.isRunning()).isTrue();
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains("ranges").contains("2 worker(s) on this node take key ranges of any node's run"));
        }
    }

    @Test
    void withoutItServeHasNoRangeWorkers() throws Exception {
        try (Node node = Node.start(new MutableClock(LocalDateTime.parse("2030-05-01T12:00")), QUIET)) {
            OpsTables.reset(node.jdbc());
            List<String> lines = node.bean(ServeScheduler.class).start();

            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("ranges"));
            assertThatThrownBy(() -> node.bean(RangeWorkers.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
        }
    }
}
