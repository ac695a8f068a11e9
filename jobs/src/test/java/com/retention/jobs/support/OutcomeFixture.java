package com.retention.jobs.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Small operators for the outcome tests, by SQL: two tariffs, one area, subscribers, and call
 * tasks of a list date with their candidates (and offers, for retention calls).
 */
public final class OutcomeFixture {

    public static final String OLD_TARIFF = "OLD";
    public static final String NEW_TARIFF = "NEW";

    private final JdbcTemplate jdbc;

    public OutcomeFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update("""
                INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES
                ('OLD', 'Old plan', 600, 'LEGACY'), ('NEW', 'New plan', 450, 'ACTIVE')
                ON CONFLICT DO NOTHING""");
        jdbc.update("INSERT INTO area (area_code, name, kind, timezone) VALUES ('MSK', 'Moscow', 'REGION', 'Europe/Moscow') "
                + "ON CONFLICT DO NOTHING");
    }

    /** Subscriber {@code S<n>} on account {@code A<n>}, phone +7916000nnnn, on the old tariff. */
    public String subscriber(int n) {
        String id = "S" + n;
        jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", "A" + n);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                                        activated_on, consent_calls)
                VALUES (?, ?, ?, ?, 'OLD', 'MSK', 'ACTIVE', DATE '2024-01-01', true) ON CONFLICT DO NOTHING""",
                id, "A" + n, "Subscriber " + n, phone(n));
        return id;
    }

    public static String phone(int n) {
        return String.format("+7916%07d", n);
    }

    public static String taskId(LocalDate day, int n) {
        return day.toString().replace("-", "") + String.format("-%06d", n);
    }

    /** A listed call of subscriber n on {@code day}: a RETENTION SAVING call with an open offer. */
    public String retentionTask(LocalDate day, int n) {
        return task(day, n, "RETENTION", "SAVING", true, 1);
    }

    public String dunningTask(LocalDate day, int n) {
        return task(day, n, "DUNNING", "REMINDER_CALL", false, 1);
    }

    public String task(LocalDate day, int n, String campaign, String step, boolean offer, int attempt) {
        return task(day, n, campaign, step, offer, attempt, "RETENTION_B2C");
    }

    /** A listed call on the list of {@code team}. */
    public String task(LocalDate day, int n, String campaign, String step, boolean offer, int attempt, String team) {
        String subscriber = subscriber(n);
        Long offerId = null;
        if (offer) {
            offerId = jdbc.queryForObject("""
                    INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type,
                                       current_cost, offer_cost, monthly_saving, valid_until)
                    VALUES (?, ?, 'OLD', 'NEW', 'SAVING', 600, 450, 150, ?) RETURNING offer_id""",
                    Long.class, day, subscriber, day.plusDays(30));
        }
        Long candidate = jdbc.queryForObject("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, value, offer_id,
                                               account_id, attempt, decision)
                VALUES (?, ?, 'CALL', ?, ?, 100, ?, ?, ?, 'LISTED') RETURNING candidate_id""",
                Long.class, day, subscriber, campaign, step, offerId, campaign.equals("DUNNING") ? "A" + n : null, attempt);
        String taskId = taskId(day, n);
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign,
                                       step, earliest_utc, latest_utc, local_window, attempt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (?::date + time '05:00') AT TIME ZONE 'UTC',
                        (?::date + time '19:00') AT TIME ZONE 'UTC', '08:00–22:00 Europe/Moscow', ?)""",
                taskId, day, candidate, team, n, subscriber, phone(n), campaign, step, day, day, attempt);
        return taskId;
    }

    public String status(String taskId) {
        return jdbc.queryForObject("SELECT status FROM call_task WHERE task_id = ?", String.class, taskId);
    }

    public String offerStatus(String taskId) {
        return jdbc.queryForObject("""
                SELECT f.status FROM call_task t JOIN contact_candidate c ON c.candidate_id = t.candidate_id
                JOIN offer f ON f.offer_id = c.offer_id WHERE t.task_id = ?""", String.class, taskId);
    }
}
