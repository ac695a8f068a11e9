package com.retention.jobs.scheduling;

import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.launch.ExecutionRunLock;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.JobRunLock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, marks as failed (Spring Batch {@code JobOperator.recover}) every execution still recorded
 * as running whose process is gone, so that {@code retention jobs} shows the truth and
 * {@code jobs restart ID} or the next scheduled fire restarts it from its last commit. Gone means
 * nobody holds its {@link JobRunLock}: this holds on one machine with the embedded database (every
 * execution left STARTED is stale) and on a shared server with several nodes, where a live node's run
 * keeps its lock and is left alone. Imports of a file count too: each holds its {@link ExecutionRunLock}.
 */
@Component
public class StaleExecutionRecovery {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutionRecovery.class);

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final ExecutionRunLock runLocks;
    private final boolean enabled;

    public StaleExecutionRecovery(JdbcTemplate jdbc, JobRepository jobRepository, JobOperator jobOperator,
            ExecutionRunLock runLocks, @Value("${retention.schedule.recover-on-start:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.runLocks = runLocks;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (enabled) {
            recoverStale();
        }
    }

    /** Recovers the stale executions; returns their ids. */
    public List<Long> recoverStale() {
        List<Long> running = jdbc.queryForList("""
                SELECT job_execution_id FROM batch_job_execution
                WHERE status IN ('STARTING', 'STARTED', 'STOPPING') AND end_time IS NULL
                ORDER BY job_execution_id
                """, Long.class);
        return running.stream().filter(this::recoverIfStale).toList();
    }

    private boolean recoverIfStale(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null || !runLocks.hasLock(execution)) {
            return false; // not started by JobLaunchService or ImportService: no lock tells whether it lives
        }
        String job = execution.getJobInstance().getJobName();
        Optional<JobRunLock.Held> lock = runLocks.tryAcquire(execution);
        if (lock.isEmpty()) {
            return false;
        }
        try (JobRunLock.Held held = lock.get()) {
            JobExecution fresh = jobRepository.getJobExecution(executionId);
            if (fresh == null || !fresh.isRunning()) {
                return false;
            }
            String leftAs = fresh.getStatus().toString();
            jobOperator.recover(fresh);
            log.warn("execution {} of {} for {} was left {} by a process that stopped; recovered: restart it with"
                    + " 'retention jobs restart {}' or let the schedule do it", executionId, job, what(fresh),
                    leftAs, executionId);
            return true;
        }
    }

    /** The business date, or the imported file. */
    private static String what(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        LocalDate date = parameters.getLocalDate(JobParametersFactory.DATE);
        return date != null ? date.toString() : String.valueOf(parameters.getString(ImportJobParameters.FILE));
    }
}
