package com.retention.jobs.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** A hand-built operator for the report tests: each method inserts one row the way the jobs would. */
final class ReportFixture {

    private final JdbcTemplate jdbc;
    private int rank;
    private int notifications;

    ReportFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update("""
                INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES
                  ('OLD', 'Old', 500, 'LEGACY'), ('NEW', 'New', 400, 'ACTIVE'), ('BIG', 'Big', 900, 'ACTIVE')""");
        jdbc.update("""
                INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES
                  ('MSK', 'Moscow region', NULL, 'REGION', 'Europe/Moscow'), ('MSK-C', 'Moscow', 'MSK', 'CITY', NULL),
                  ('NODE-1', 'Node 1', 'MSK-C', 'NODE', NULL), ('NODE-2', 'Node 2', 'MSK-C', 'NODE', NULL),
                  ('SPB', 'St Petersburg', NULL, 'REGION', 'Europe/Moscow')""");
    }

    void subscriber(String id, String area, LocalDate terminatedOn) {
        jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", "A-" + id);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                                        activated_on, terminated_on)
                VALUES (?, ?, ?, ?, 'OLD', ?, ?, DATE '2024-01-01', ?)""",
                id, "A-" + id, "Name " + id, "+7916" + String.format("%07d", Math.abs(id.hashCode()) % 10_000_000),
                area, terminatedOn == null ? "ACTIVE" : "TERMINATED", terminatedOn == null ? null : Date.valueOf(terminatedOn));
    }

    void subscriber(String id) {
        subscriber(id, "SPB", null);
    }

    long candidate(LocalDate date, String subscriber, String channel, String campaign, String step, String decision,
            String outageId) {
        return jdbc.queryForObject("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision,
                                               account_id, outage_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING candidate_id""", Long.class,
                Date.valueOf(date), subscriber, channel, campaign, step, decision,
                campaign.equals("DUNNING") ? "A-" + subscriber : null, outageId);
    }

    /** A LISTED call candidate with its call task; returns the task id. */
    String listed(LocalDate date, String subscriber, String campaign, String step) {
        return listed(date, subscriber, campaign, step, null);
    }

    String listed(LocalDate date, String subscriber, String campaign, String step, String outageId) {
        long candidate = candidate(date, subscriber, "CALL", campaign, step, "LISTED", outageId);
        String taskId = date.toString().replace("-", "") + String.format("-%06d", ++rank);
        OffsetDateTime start = date.atTime(9, 0).atOffset(java.time.ZoneOffset.ofHours(3));
        jdbc.update("""
                INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign,
                                       step, earliest_utc, latest_utc, local_window)
                SELECT ?, ?, ?, 'RETENTION_B2C', ?, subscriber_id, phone, ?, ?, ?, ?, '09:00–20:00 Europe/Moscow'
                FROM subscriber WHERE subscriber_id = ?""",
                taskId, Date.valueOf(date), candidate, rank, campaign, step, start, start.plusHours(11), subscriber);
        return taskId;
    }

    void outcome(String taskId, String outcome, String agent, Integer talkSeconds) {
        jdbc.update("INSERT INTO outcome (task_id, outcome, agent, talk_seconds) VALUES (?, ?, ?, ?)",
                taskId, outcome, agent, talkSeconds);
    }

    /** A SENT SMS candidate with its notification row. */
    void sent(LocalDate date, String subscriber, String campaign, String step, String outageId) {
        long candidate = candidate(date, subscriber, "SMS", campaign, step, "SENT", outageId);
        jdbc.update("""
                INSERT INTO notification (notification_id, business_date, candidate_id, subscriber_id, channel,
                                          to_address, campaign, step, outage_id, template, text, segments)
                SELECT ?, ?, ?, subscriber_id, 'SMS', phone, ?, ?, ?, 'tpl', 'text', 1
                FROM subscriber WHERE subscriber_id = ?""",
                "N" + date.toString().replace("-", "") + String.format("-%06d", ++notifications), Date.valueOf(date),
                candidate, campaign, step, outageId, subscriber);
    }

    void dunningCase(LocalDate date, String subscriber, int overdue, String step) {
        jdbc.update("""
                INSERT INTO dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due,
                                          oldest_due_on, step)
                VALUES (?, ?, ?, ?, 5, ?, ?)""",
                Date.valueOf(date), "A-" + subscriber, subscriber, overdue, Date.valueOf(date.minusDays(5)), step);
    }

    void payment(String subscriber, LocalDate paidOn, int amount) {
        jdbc.update("INSERT INTO payment (payment_id, account_id, paid_on, amount) VALUES (?, ?, ?, ?)",
                "P-" + subscriber + "-" + paidOn, "A-" + subscriber, Date.valueOf(paidOn), amount);
    }

    void outage(String id, String area, String kind, String startsAt, String endedAt) {
        jdbc.update("INSERT INTO outage (outage_id, area_code, kind, starts_at, ended_at) VALUES (?, ?, ?, ?, ?)",
                id, area, kind, OffsetDateTime.parse(startsAt), endedAt == null ? null : OffsetDateTime.parse(endedAt));
    }

    void outageNotice(String outage, String subscriber, String kind, LocalDate date, String decidedAt) {
        jdbc.update("""
                INSERT INTO outage_notice (outage_id, subscriber_id, kind, business_date, decided_at)
                VALUES (?, ?, ?, ?, ?)""", outage, subscriber, kind, Date.valueOf(date), OffsetDateTime.parse(decidedAt));
    }

    Long offer(LocalDate date, String subscriber, String from, String to, String currentCost, String offerCost) {
        return jdbc.queryForObject("""
                INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, current_cost,
                                   offer_cost, monthly_saving, status, valid_until)
                VALUES (?, ?, ?, ?, 'SAVING', ?, ?, ?, 'ACCEPTED', ?) RETURNING offer_id""", Long.class,
                Date.valueOf(date), subscriber, from, to, new BigDecimal(currentCost), new BigDecimal(offerCost),
                new BigDecimal(currentCost).subtract(new BigDecimal(offerCost)), Date.valueOf(date.plusDays(30)));
    }

    void order(String taskId, LocalDate date, String subscriber, String from, String to, Long offerId) {
        jdbc.update("""
                INSERT INTO tariff_order (order_id, business_date, subscriber_id, from_tariff, to_tariff, accepted_at,
                                          task_id, offer_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", "O-" + taskId, Date.valueOf(date), subscriber, from, to,
                date.atTime(12, 0).atOffset(java.time.ZoneOffset.ofHours(3)), taskId, offerId);
    }
}
