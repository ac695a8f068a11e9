package com.retention.jobs.delivery;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Notifications of one day as the call-lists job leaves them, one subscriber each, by plain SQL. */
final class DayNotifications {

    private final JdbcTemplate jdbc;
    private final LocalDate date;
    private int number;

    DayNotifications(JdbcTemplate jdbc, LocalDate date, String zone) {
        this.jdbc = jdbc;
        this.date = date;
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status, technology, segment) "
                + "VALUES ('T1', 'T1', 300, 'ACTIVE', 'MOBILE', 'B2C')");
        jdbc.update("INSERT INTO area (area_code, name, timezone) VALUES ('A1', 'A1', ?)", zone);
        jdbc.execute("REFRESH MATERIALIZED VIEW area_zone");
    }

    /** Adds one; returns its notification id. */
    String add(String channel, String address, String campaign, String step, String text) {
        number++;
        String subscriber = "S" + number;
        jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", "AC" + number);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on, segment, email)
                VALUES (?, ?, ?, ?, 'T1', 'A1', 'ACTIVE', DATE '2024-01-01', 'B2C', ?)
                """, subscriber, "AC" + number, "Name " + number, "SMS".equals(channel) ? address : "+74950000000",
                "EMAIL".equals(channel) ? address : null);
        Long candidate = jdbc.queryForObject("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                VALUES (?, ?, ?, ?, ?, 'SENT') RETURNING candidate_id
                """, Long.class, date, subscriber, channel, campaign, step);
        String id = String.format("N%s-%06d", date.toString().replace("-", ""), number);
        jdbc.update("""
                INSERT INTO notification (notification_id, business_date, candidate_id, subscriber_id, channel,
                    to_address, campaign, step, template, text, segments)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, date, candidate, subscriber, channel, address, campaign, step,
                "messages/ru/" + step + ".ftl", text,
                "SMS".equals(channel) ? com.retention.domain.messages.SmsSegments.segments(text) : 0);
        return id;
    }

    String status(String notificationId) {
        return jdbc.queryForList("SELECT status FROM notification_delivery WHERE notification_id = ?", String.class,
                notificationId).stream().findFirst().orElse(null);
    }
}
