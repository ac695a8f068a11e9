package com.retention.jobs.partitioning.remote;

import com.retention.jobs.db.AdvisoryLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.SmartLifecycle;

/**
 * This node's range consumers: {@code workers} threads, each taking one range at a time from the
 * queue and running it. A take is one transaction on the consumer's own connection: delete the
 * request and lock the range ({@link RangeLocks}); the connection, and with it the lock, is kept until
 * the range ends. Started by {@code serve}, or by the first remote manager step of a process; on
 * shutdown the consumers stop taking and the ranges they run are finished first.
 */
public class RangeWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RangeWorkers.class);

    private final DataSource dataSource;
    private final RangeQueue queue;
    private final RangeRunner runner;
    private final int count;
    private final Duration pollInterval;
    private final Object idle = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public RangeWorkers(DataSource dataSource, RangeQueue queue, RangeRunner runner, int count, Duration pollInterval) {
        this.dataSource = dataSource;
        this.queue = queue;
        this.runner = runner;
        this.count = count;
        this.pollInterval = pollInterval;
    }

    public int count() {
        return count;
    }

    public synchronized void ensureStarted() {
        if (!running) {
            start();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(this::consume, "range-worker-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    @Override
    public void stop() {
        List<Thread> stopping;
        synchronized (this) {
            running = false;
            stopping = new ArrayList<>(threads);
            threads.clear();
        }
        synchronized (idle) {
            idle.notifyAll();
        }
        for (Thread thread : stopping) {
            try {
                thread.join(); // a range in progress runs to its end, as the scheduler's jobs do
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return false;
    }

    /** Stops after the scheduler (phase Integer.MAX_VALUE), whose jobs may still wait for ranges. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private void consume() {
        while (running) {
            boolean ran;
            try {
                ran = takeAndRun();
            } catch (RuntimeException | SQLException e) {
                log.warn("range worker: {}", e.toString());
                ran = false;
            }
            if (!ran && running) {
                synchronized (idle) {
                    try {
                        idle.wait(pollInterval.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Takes one range and runs it; false when the queue was empty. */
    boolean takeAndRun() throws SQLException {
        Connection connection = dataSource.getConnection();
        Long locked = null;
        try {
            connection.setAutoCommit(false);
            StepExecutionRequest request;
            try {
                request = queue.takeOn(connection);
                if (request != null) {
                    RangeLocks.lock(connection, request.getStepExecutionId());
                    locked = request.getStepExecutionId();
                }
                connection.commit();
            } catch (RangeQueue.Unreadable e) {
                connection.commit(); // dropped: it would fail every node on every poll
                log.warn("range worker dropped a request: {}", e.getMessage());
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback(); // the range goes back to the queue
                throw e;
            }
            connection.setAutoCommit(true);
            if (request == null) {
                return false;
            }
            runner.run(request);
            return true;
        } finally {
            release(connection, locked);
        }
    }

    private void release(Connection connection, Long locked) {
        try {
            if (locked != null) {
                RangeLocks.unlock(connection, locked);
            }
            connection.close();
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource); // it may still hold the range's lock
        }
    }
}
