package com.retention.jobs.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps running now, from the job repository (every chunk commits its counts there), so the
 * page shows the progress of a run in any process: a command, this server or another node.
 */
@Component
class LiveProgress {

    private final JdbcTemplate jdbc;

    LiveProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RunningStep> now() {
        LocalDateTime now = jdbc.queryForObject("SELECT localtimestamp", LocalDateTime.class);
        // A partitioned step's counts are in its partitions; its manager row has none until it ends.
        return jdbc.query("""
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
    }
}
