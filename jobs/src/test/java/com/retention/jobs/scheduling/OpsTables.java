package com.retention.jobs.scheduling;

import com.retention.jobs.support.GeneratedOperator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers over the batch, Quartz and decision tables of the real nightly flow. */
final class OpsTables {

    /** Small enough for a night in a few seconds, big enough for several chunks of 50 per range. */
    static final int SUBSCRIBERS = 300;

    private OpsTables() {
    }

    /**
     * Forgets every job run, every stored schedule and the operator, and generates a fresh small
     * operator, so each test starts from a fresh cluster over the same data.
     */
    static void reset(JdbcTemplate jdbc) {
        WriteBlock.remove(jdbc);
        jdbc.execute("TRUNCATE batch_step_execution_context, batch_job_execution_context,"
                + " batch_step_execution, batch_job_execution_params, batch_job_execution, batch_job_instance");
        jdbc.execute("TRUNCATE qrtz_fired_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_simprop_triggers,"
                + " qrtz_blob_triggers, qrtz_triggers, qrtz_job_details, qrtz_scheduler_state, qrtz_paused_trigger_grps,"
                + " qrtz_calendars");
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(tablename) FROM pg_tables
                WHERE schemaname = current_schema()
                  AND tablename NOT LIKE 'batch\\_%' AND tablename NOT LIKE 'qrtz\\_%'
                  AND tablename NOT IN ('flyway_schema_history', 'ops_release')
                """, String.class);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        GeneratedOperator.create(jdbc, SUBSCRIBERS);
    }

    static int activeSubscribers(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Integer.class);
    }

    /** The churn scores the night of a date wrote, in subscriber order: one per active subscriber. */
    static List<Map<String, Object>> scores(JdbcTemplate jdbc, LocalDate date) {
        return jdbc.queryForList("SELECT subscriber_id, score, band, reasons FROM churn_score WHERE business_date = ?"
                + " ORDER BY subscriber_id", date);
    }

    /** The business dates of the nightly runs, in the order they first started. */
    static List<LocalDate> dateOrder(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                SELECT p.parameter_value FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'date'
                WHERE i.job_name = 'nightly'
                GROUP BY p.parameter_value ORDER BY min(e.job_execution_id)
                """, String.class).stream().map(LocalDate::parse).toList();
    }

    /** job execution statuses of nightly for a date, oldest first. */
    static List<String> statuses(JdbcTemplate jdbc, LocalDate date) {
        return statuses(jdbc, "nightly", date);
    }

    static List<String> statuses(JdbcTemplate jdbc, String job, LocalDate date) {
        return jdbc.queryForList("""
                SELECT e.status FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'date'
                WHERE i.job_name = ? AND p.parameter_value = ?
                ORDER BY e.job_execution_id
                """, String.class, job, date.toString());
    }

    /** Items the scoring ranges read in the latest scoring execution: less than all after a resume. */
    static long lastScoringRead(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(s.read_count), 0) FROM batch_step_execution s
                WHERE s.step_name LIKE 'scoringPartition:%' AND s.job_execution_id = (
                    SELECT max(e.job_execution_id) FROM batch_job_execution e
                    JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'scoring')
                """, Long.class);
    }

    static int instances(JdbcTemplate jdbc, String job) {
        return jdbc.queryForObject("SELECT count(*) FROM batch_job_instance WHERE job_name = ?", Integer.class, job);
    }
}
