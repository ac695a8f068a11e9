package com.retention.jobs.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers over the batch, Quartz and test-job tables. */
final class OpsTables {

    private OpsTables() {
    }

    /** Forgets every job run and every stored schedule, so each test starts from a fresh cluster. */
    static void reset(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS ops_nightly_output (
                    business_date date NOT NULL, item int NOT NULL, seq bigserial,
                    PRIMARY KEY (business_date, item))
                """);
        jdbc.execute("TRUNCATE ops_nightly_output, batch_step_execution_context, batch_job_execution_context,"
                + " batch_step_execution, batch_job_execution_params, batch_job_execution, batch_job_instance");
        jdbc.execute("TRUNCATE qrtz_fired_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_simprop_triggers,"
                + " qrtz_blob_triggers, qrtz_triggers, qrtz_job_details, qrtz_scheduler_state, qrtz_paused_trigger_grps,"
                + " qrtz_calendars");
    }

    static List<Integer> items(JdbcTemplate jdbc, LocalDate date) {
        return jdbc.queryForList("SELECT item FROM ops_nightly_output WHERE business_date = ? ORDER BY item",
                Integer.class, date);
    }

    /** The business dates in the order their first row was committed. */
    static List<LocalDate> dateOrder(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT business_date FROM ops_nightly_output GROUP BY business_date"
                + " ORDER BY min(seq)", LocalDate.class);
    }

    /** job execution statuses of nightly for a date, oldest first. */
    static List<String> statuses(JdbcTemplate jdbc, LocalDate date) {
        return jdbc.queryForList("""
                SELECT e.status FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                     AND p.parameter_name = 'date'
                WHERE i.job_name = 'nightly' AND p.parameter_value = ?
                ORDER BY e.job_execution_id
                """, String.class, date.toString());
    }

    static int instances(JdbcTemplate jdbc, String job) {
        return jdbc.queryForObject("SELECT count(*) FROM batch_job_instance WHERE job_name = ?", Integer.class, job);
    }
}
