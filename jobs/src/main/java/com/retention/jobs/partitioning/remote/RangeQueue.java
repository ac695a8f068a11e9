package com.retention.jobs.partitioning.remote;

import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.integration.util.UUIDConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.messaging.Message;

/**
 * The ranges waiting for a node: Spring Integration's {@link JdbcChannelMessageStore} over table
 * int_channel_message (V60), one message per range carrying a {@link StepExecutionRequest}. Its
 * PostgreSQL poll is one {@code DELETE ... FOR UPDATE SKIP LOCKED RETURNING}: two nodes never take
 * the same range, and a take rolled back puts the range back.
 */
public class RangeQueue {

    static final String REGION = "retention";
    static final String GROUP = "partition-ranges";
    private static final String GROUP_KEY = UUIDConverter.getUUID(GROUP).toString();

    private final JdbcChannelMessageStore store;
    private final JdbcTemplate jdbc;

    public RangeQueue(DataSource dataSource) {
        this.store = store(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Queues one range for any node; returns the message id that stands for it in the queue. */
    public UUID send(StepExecutionRequest request) {
        Message<StepExecutionRequest> message = MessageBuilder.withPayload(request).build();
        store.addMessageToGroup(GROUP, message);
        return message.getHeaders().getId();
    }

    /**
     * Takes the oldest queued range inside the open transaction of this connection (autocommit off),
     * or null: the range leaves the queue for good only when that transaction commits.
     */
    public StepExecutionRequest takeOn(Connection connection) {
        Message<?> message;
        try {
            message = store(new SingleConnectionDataSource(connection, true)).pollMessageFromGroup(GROUP);
        } catch (SerializationFailedException e) {
            throw new Unreadable("a queued range request could not be read (" + e.getMostSpecificCause() + ")", e);
        }
        if (message != null && !(message.getPayload() instanceof StepExecutionRequest)) {
            throw new Unreadable("the range queue held a " + message.getPayload().getClass().getName(), null);
        }
        return message == null ? null : (StepExecutionRequest) message.getPayload();
    }

    /**
     * A row nobody can ever run (a class outside the allowed list, another version's format): taking it
     * again would fail again, so the worker commits the take, dropping it, and says so.
     */
    public static class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether the message is still waiting in the queue (committed state: a take in flight still counts). */
    public boolean isQueued(UUID messageId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM int_channel_message
                               WHERE region = ? AND group_key = ? AND message_id = ?)
                """, Boolean.class, REGION, GROUP_KEY, messageId.toString()));
    }

    private static JdbcChannelMessageStore store(DataSource dataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // Rows are deserialized Java objects: only what a range request is made of may come back.
        store.addAllowedPatterns("org.springframework.batch.integration.partition.StepExecutionRequest",
                "org.springframework.messaging.support.GenericMessage", "org.springframework.messaging.MessageHeaders",
                "java.util.HashMap", "java.util.UUID", "java.lang.*");
        store.afterPropertiesSet();
        return store;
    }
}
