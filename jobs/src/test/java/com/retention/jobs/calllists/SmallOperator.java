package com.retention.jobs.calllists;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-built operator for call-list tests, one SQL insert per fact: areas with their zones,
 * tariffs, subscribers, and the decisions of D as the decision jobs would leave them.
 */
final class SmallOperator {

    private final JdbcTemplate jdbc;

    SmallOperator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES "
                + "('OLD_M', 'Old M', 700, 'LEGACY'), ('SMART_M', 'Smart M', 500, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES "
                + "('RU', 'Russia', NULL, 'REGION', NULL), "
                + "('MOW', 'Moscow', 'RU', 'CITY', 'Europe/Moscow'), "
                + "('VVO', 'Vladivostok', 'RU', 'CITY', 'Asia/Vladivostok'), "
                + "('VVO-1', 'Vladivostok district 1', 'VVO', 'DISTRICT', NULL), "
                + "('KGD', 'Kaliningrad', 'RU', 'CITY', 'Europe/Kaliningrad')");
    }

    /** An active subscriber (and its account {@code A-<id>}) with call consent. */
    Subscriber subscriber(String id, String phone, String area) {
        return new Subscriber(id, phone, area);
    }

    final class Subscriber {
        final String id;
        final String account;
        final String phone;
        String segment = "B2C";
        String manager;
        String name;
        boolean consentCalls = true;

        private Subscriber(String id, String phone, String area) {
            this.id = id;
            this.account = "A-" + id;
            this.phone = phone;
            this.name = "Subscriber " + id;
            jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", account);
            jdbc.update("INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, "
                    + "status, activated_on, consent_calls) VALUES (?, ?, ?, ?, 'OLD_M', ?, 'ACTIVE', '2024-01-01', true)",
                    id, account, name, phone, area);
        }

        Subscriber vip(String personalManager) {
            jdbc.update("UPDATE subscriber SET segment = 'VIP', personal_manager = ? WHERE subscriber_id = ?",
                    personalManager, id);
            return this;
        }

        Subscriber b2b() {
            jdbc.update("UPDATE subscriber SET segment = 'B2B' WHERE subscriber_id = ?", id);
            return this;
        }

        Subscriber email(String address) {
            jdbc.update("UPDATE subscriber SET email = ? WHERE subscriber_id = ?", address, id);
            return this;
        }

        Subscriber named(String fullName) {
            jdbc.update("UPDATE subscriber SET full_name = ? WHERE subscriber_id = ?", fullName, id);
            return this;
        }

        /** A dunning case of D at a step, for the given overdue amount. */
        Subscriber owes(LocalDate d, String step, String amount) {
            int days = switch (step) {
                case "REMINDER_SMS" -> 3;
                case "REMINDER_CALL" -> 9;
                case "SUSPENSION_WARNING" -> 20;
                default -> 45;
            };
            jdbc.update("INSERT INTO dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due, "
                    + "oldest_due_on, step) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    d, account, id, new BigDecimal(amount), days, d.minusDays(days), step);
            return this;
        }

        /** A SAVING offer of D with a churn score. */
        Subscriber offered(LocalDate d, int churnScore) {
            jdbc.update("INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, "
                    + "current_cost, offer_cost, monthly_saving, churn_score, churn_band, valid_until) "
                    + "VALUES (?, ?, 'OLD_M', 'SMART_M', 'SAVING', 700, 500, 200, ?, 'HIGH', ?)",
                    d, id, churnScore, d.plusDays(30));
            return this;
        }

        Subscriber notified(LocalDate d, String outageId, String kind) {
            jdbc.update("INSERT INTO outage_notice (outage_id, subscriber_id, kind, business_date, decided_at) "
                    + "VALUES (?, ?, ?, ?, now())", outageId, id, kind, d);
            return this;
        }
    }

    void outage(String id, String area, String kind, Instant startsAt, Instant endedAt) {
        jdbc.update("INSERT INTO outage (outage_id, area_code, kind, starts_at, ended_at, description) "
                + "VALUES (?, ?, ?, ?, ?, 'fibre cut')", id, area, kind, Timestamp.from(startsAt),
                endedAt == null ? null : Timestamp.from(endedAt));
    }

    void doNotCall(String phone) {
        jdbc.update("INSERT INTO dnc (phone, reason, added_on) VALUES (?, 'asked', '2026-01-01')", phone);
    }

    void target(String campaign, String subscriberId) {
        jdbc.update("INSERT INTO target (campaign_code, subscriber_id, offer_tariff_code, note) VALUES (?, ?, 'SMART_M', 'winter')",
                campaign, subscriberId);
    }
}
