package com.retention.jobs.launch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The runs the job repository recorded, read with one query for the `jobs` listing. */
@Repository
public class JobHistory {

    private final JdbcTemplate jdbc;

    public JobHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long executionId, String job, String date, String status, LocalDateTime start,
            LocalDateTime end, long read, long written, long skipped, String exitMessage) {

        public String line() {
            String took = start == null || end == null ? "-" : Duration.between(start, end).toMillis() / 1000.0 + " s";
            String message = exitMessage == null || exitMessage.isBlank() ? ""
                    : "  " + exitMessage.lines().findFirst().orElse("").strip();
            return String.format("%6d  %-12s %-10s %-9s %-19s %9s  read %d, written %d, skipped %d%s",
                    executionId, job, date == null ? "-" : date, status,
                    start == null ? "-" : start.withNano(0).toString().replace('T', ' '), took,
                    read, written, skipped, message);
        }
    }

    /** The newest execution of a job for a business date (and reference time), whatever re-run it was. */
    public Optional<Long> latestExecutionId(String jobName, LocalDate date, Instant at) {
        // Runs inside the night (parameter "night") belong to the night, not to the job run on its own.
        List<Long> ids = jdbc.queryForList("""
                SELECT e.job_execution_id
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params d ON d.job_execution_id = e.job_execution_id
                     AND d.parameter_name = 'date' AND d.parameter_value = ?
                LEFT JOIN batch_job_execution_params a ON a.job_execution_id = e.job_execution_id
                     AND a.parameter_name = 'at'
                WHERE i.job_name = ? AND a.parameter_value IS NOT DISTINCT FROM ?
                  AND NOT EXISTS (SELECT 1 FROM batch_job_execution_params n
                                  WHERE n.job_execution_id = e.job_execution_id AND n.parameter_name = 'night')
                ORDER BY e.job_execution_id DESC
                LIMIT 1
                """, Long.class, date.toString(), jobName, at == null ? null : at.toString());
        return ids.stream().findFirst();
    }

    /**
     * Whether D's full run of {@code job} (no reference time; on its own or inside the night) has
     * completed and neither it nor the night of D is running now: what an intraday top-up of D waits for.
     */
    public boolean builtAndIdle(String job, LocalDate date) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                WITH day_runs AS (
                    SELECT i.job_name, e.status
                    FROM batch_job_execution e
                    JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                    JOIN batch_job_execution_params d ON d.job_execution_id = e.job_execution_id
                         AND d.parameter_name = 'date' AND d.parameter_value = ?
                    WHERE i.job_name IN (?, 'nightly')
                      AND NOT EXISTS (SELECT 1 FROM batch_job_execution_params a
                                      WHERE a.job_execution_id = e.job_execution_id AND a.parameter_name = 'at')
                )
                SELECT EXISTS (SELECT 1 FROM day_runs WHERE job_name = ? AND status = 'COMPLETED')
                   AND NOT EXISTS (SELECT 1 FROM day_runs WHERE status IN ('STARTING', 'STARTED', 'STOPPING'))
                """, Boolean.class, date.toString(), job, job));
    }

    /** The newest execution of the job instance that execution {@code executionId} belongs to (its restarts). */
    public Optional<Long> latestExecutionOf(long executionId) {
        return jdbc.queryForList("""
                SELECT max(e.job_execution_id) FROM batch_job_execution e
                JOIN batch_job_execution x ON x.job_instance_id = e.job_instance_id
                WHERE x.job_execution_id = ?
                """, Long.class, executionId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** A failure is kept with its stack trace; a listing shows its first line, the cause. */
    private static String firstLine(String text) {
        return text == null ? null : text.lines().findFirst().orElse("").strip();
    }

    public List<Run> recent(int limit) {
        return jdbc.query("""
                SELECT e.job_execution_id, i.job_name, p.parameter_value AS business_date, e.status,
                       e.start_time, e.end_time, e.exit_message,
                       coalesce(sum(s.read_count), 0) AS read_count,
                       coalesce(sum(s.write_count), 0) AS write_count,
                       coalesce(sum(s.read_skip_count + s.write_skip_count + s.process_skip_count), 0) AS skip_count
                FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                LEFT JOIN batch_job_execution_params p
                       ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'date'
                -- a partition's counts are in its manager step already
                LEFT JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
                     AND s.step_name NOT LIKE '%:partition%'
                GROUP BY e.job_execution_id, i.job_name, p.parameter_value, e.status, e.start_time, e.end_time,
                         e.exit_message
                ORDER BY e.job_execution_id DESC
                LIMIT ?
                """, (rs, n) -> new Run(rs.getLong("job_execution_id"), rs.getString("job_name"),
                rs.getString("business_date"), rs.getString("status"),
                rs.getObject("start_time", LocalDateTime.class), rs.getObject("end_time", LocalDateTime.class),
                rs.getLong("read_count"), rs.getLong("write_count"), rs.getLong("skip_count"),
                firstLine(rs.getString("exit_message"))), limit);
    }
}
