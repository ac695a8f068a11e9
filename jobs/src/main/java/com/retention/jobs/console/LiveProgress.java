package com.retention.jobs.console;

import com.retention.jobs.launch.JobExecutions;
import com.retention.jobs.partitioning.KeyRangePartitioner;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps running now, from the job repository (every chunk commits its counts there), so the
 * page shows the progress of a run in any process: a command, this server or another node.
 */
@Component
class LiveProgress {

    private final JdbcTemplate jdbc;
    private final JobRepository jobs;

    LiveProgress(JdbcTemplate jdbc, JobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    List<RunningStep> now() {
        LocalDateTime now = jdbc.queryForObject("SELECT localtimestamp", LocalDateTime.class);
        // A partitioned step's counts are in its partitions; its manager row has none until it ends.
        List<RunningStep> steps = jdbc.query("""
                SELECT e.job_execution_id, i.job_name,
                       regexp_replace(s.step_name, ':partition.*$', '') AS step,
                       sum(s.read_count) AS read_count, min(s.start_time) AS started
                FROM batch_step_execution s
                JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                WHERE s.status = 'STARTED' AND e.status = 'STARTED'
                  AND (s.step_name LIKE '%:partition%' OR NOT EXISTS (
                        SELECT 1 FROM batch_step_execution p WHERE p.job_execution_id = s.job_execution_id
                          AND p.step_name LIKE s.step_name || ':partition%'))
                GROUP BY 1, 2, 3 ORDER BY 1 DESC, 3
                """, (rs, n) -> {
                    long read = rs.getLong("read_count");
                    LocalDateTime started = rs.getObject("started", LocalDateTime.class);
                    double seconds = Math.max(1, Duration.between(started, now).toMillis() / 1000.0);
                    return new RunningStep(rs.getLong("job_execution_id"), rs.getString("job_name"),
                            rs.getString("step"), read, read / seconds, null, null);
                });
        return steps.stream().map(this::withTimeLeft).toList();
    }

    /**
     * The time left of a step whose ranges know their size (the partitioner writes each range's count
     * into its context: scoring, offers, dunning), at the rate so far.
     */
    private RunningStep withTimeLeft(RunningStep step) {
        JobExecution job = JobExecutions.find(jobs, step.executionId()).orElse(null);
        if (job == null) {
            return step;
        }
        long total = 0;
        boolean known = false;
        for (StepExecution s : job.getStepExecutions()) {
            if (s.getStepName().equals(step.step()) || s.getStepName().startsWith(step.step() + ":partition")) {
                long expected = s.getExecutionContext().getLong(KeyRangePartitioner.EXPECTED_ITEMS, -1L);
                if (expected >= 0) {
                    total += expected;
                    known = true;
                }
            }
        }
        if (!known || step.perSecond() <= 0) {
            return step;
        }
        long left = Math.max(0, Math.round((total - step.read()) / step.perSecond()));
        return new RunningStep(step.executionId(), step.job(), step.step(), step.read(), step.perSecond(), total, left);
    }
}
