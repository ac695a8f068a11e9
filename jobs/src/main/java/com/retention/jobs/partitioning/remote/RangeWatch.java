package com.retention.jobs.partitioning.remote;

import com.retention.jobs.db.AdvisoryLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's view of one remote range, read from the job repository: finished, still pending
 * (queued, or held by a live node), or abandoned by a node that died. An abandoned range, or one
 * given up on, is marked FAILED in the repository, so that the step fails now instead of waiting
 * for ever, and a restart runs it again from its last commit (Spring Batch restarts a FAILED
 * partition, never a STARTED one).
 */
public class RangeWatch {

    private static final Logger log = LoggerFactory.getLogger(RangeWatch.class);
    private static final int ATTEMPTS = 5;

    private final JobRepository jobRepository;
    private final DataSource dataSource;
    private final RangeQueue queue;

    public RangeWatch(JobRepository jobRepository, DataSource dataSource, RangeQueue queue) {
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.queue = queue;
    }

    /** The range's execution when it has finished (or was just found abandoned and failed); else null. */
    public StepExecution finished(long stepExecutionId, UUID request) {
        StepExecution latest = jobRepository.getStepExecution(stepExecutionId);
        if (latest != null && !latest.getStatus().isRunning()) {
            return latest;
        }
        if (abandoned(stepExecutionId, request)) {
            log.warn("range {} (execution {}) was taken by a node that stopped; failing it so that a restart"
                    + " runs it again from its last commit", latest == null ? "?" : latest.getStepName(),
                    stepExecutionId);
            return fail(stepExecutionId, "the node running this range stopped (its database session ended)");
        }
        return null;
    }

    /**
     * Abandoned: nobody holds its lock, it is no longer queued, and it still runs. A worker takes a
     * range and its lock in one transaction, so there is no moment when a live range is neither
     * queued nor locked; holding the lock while looking keeps a worker from taking it meanwhile.
     */
    boolean abandoned(long stepExecutionId, UUID request) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!RangeLocks.tryLock(connection, stepExecutionId)) {
                return false;
            }
            try {
                if (queue.isQueued(request)) {
                    return false;
                }
                StepExecution latest = jobRepository.getStepExecution(stepExecutionId);
                return latest != null && latest.getStatus().isRunning();
            } finally {
                unlock(connection, stepExecutionId);
            }
        } catch (SQLException e) {
            log.warn("cannot check range execution {}: {}", stepExecutionId, e.getMessage());
            return false; // not proven dead: looked at again on the next poll
        }
    }

    /** A pooled session that may still hold the range's lock must not go back to the pool: it would keep the range "alive". */
    private void unlock(Connection connection, long stepExecutionId) throws SQLException {
        try {
            RangeLocks.unlock(connection, stepExecutionId);
        } catch (SQLException e) {
            AdvisoryLocks.discard(connection, dataSource);
            throw e;
        }
    }

    /**
     * Marks the range FAILED unless it finished meanwhile. A node still running it (given up on after
     * the timeout) loses its next commit to the version check and stops there.
     */
    public StepExecution fail(long stepExecutionId, String reason) {
        for (int attempt = 1; ; attempt++) {
            StepExecution latest = jobRepository.getStepExecution(stepExecutionId);
            if (latest == null || !latest.getStatus().isRunning()) {
                return latest;
            }
            latest.setStatus(BatchStatus.FAILED);
            latest.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
            latest.setEndTime(LocalDateTime.now());
            try {
                jobRepository.update(latest);
                latest.addFailureException(new IllegalStateException(reason));
                return latest;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e; // its node keeps committing: a live range, not ours to fail
                }
            }
        }
    }
}
