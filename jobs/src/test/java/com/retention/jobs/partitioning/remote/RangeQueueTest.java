package com.retention.jobs.partitioning.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.support.IntegrationTest;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import com.retention.jobs.partitioning.WorkerSteps;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue on the real table: first in, first out; a take is final only when committed; two takers
 * never share a range; a row that is not a range request is refused and dropped, never run.
 */
class RangeQueueTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobRepository jobRepository;

    @Test
    void rangesComeOutOnceInTheOrderTheyWentIn() throws Exception {
        RangeQueue queue = new RangeQueue(dataSource);
        UUID first = queue.send(new StepExecutionRequest("scoringPartition", 11));
        queue.send(new StepExecutionRequest("scoringPartition", 12));
        assertThat(queue.isQueued(first)).isTrue();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            StepExecutionRequest taken = queue.takeOn(connection);
            assertThat(taken.getStepName()).isEqualTo("scoringPartition");
            assertThat(taken.getStepExecutionId()).isEqualTo(11L);
            assertThat(queue.isQueued(first)).as("not committed yet: still queued to everyone else").isTrue();
            connection.commit();
            assertThat(queue.isQueued(first)).isFalse();
            assertThat(queue.takeOn(connection).getStepExecutionId()).isEqualTo(12L);
            assertThat(queue.takeOn(connection)).isNull();
            connection.commit();
        }
    }

    @Test
    void aTakeRolledBackPutsTheRangeBackAndAConcurrentTakerSkipsIt() throws Exception {
        RangeQueue queue = new RangeQueue(dataSource);
        queue.send(new StepExecutionRequest("offersPartition", 21));
        queue.send(new StepExecutionRequest("offersPartition", 22));
        try (Connection one = dataSource.getConnection(); Connection two = dataSource.getConnection()) {
            one.setAutoCommit(false);
            two.setAutoCommit(false);
            assertThat(queue.takeOn(one).getStepExecutionId()).isEqualTo(21L);
            assertThat(queue.takeOn(two).getStepExecutionId()).as("skips the row the first taker holds").isEqualTo(22L);
            assertThat(queue.takeOn(two)).isNull();
            two.commit();
            one.rollback(); // a node that died before its take committed

            assertThat(queue.takeOn(two).getStepExecutionId()).isEqualTo(21L);
            two.commit();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM int_channel_message", Integer.class)).isZero();
    }

    @Test
    void aRequestOfAClassOutsideTheAllowedListIsDroppedWithoutRunningAnything() throws Exception {
        JdbcChannelMessageStore foreign = new JdbcChannelMessageStore(dataSource);
        foreign.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        foreign.setRegion(RangeQueue.REGION);
        foreign.afterPropertiesSet();
        foreign.addMessageToGroup(RangeQueue.GROUP, MessageBuilder.withPayload(URI.create("http://example.org")).build());
        RangeQueue queue = new RangeQueue(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> queue.takeOn(connection)).isInstanceOf(RangeQueue.Unreadable.class)
                    .hasMessageContaining("could not be read");
            connection.rollback();
        }
        RangeRunner runner = new RangeRunner(jobRepository, new WorkerSteps(), "test-node");
        RangeWorkers workers = new RangeWorkers(dataSource, queue, runner, 1, Duration.ofMillis(100));

        assertThat(workers.takeAndRun()).as("took and dropped it").isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM int_channel_message", Integer.class)).isZero();
        assertThat(workers.takeAndRun()).as("nothing left").isFalse();
    }
}
