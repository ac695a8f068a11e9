package com.retention.jobs.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/** A small hand-built operator for the job tests: plain SQL inserts, one line per fact. */
public final class TestOperator {

    private final JdbcTemplate jdbc;

    public TestOperator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A tariff with allowances (null = unlimited) and overage prices. */
    public TestOperator tariff(String code, String status, String technology, String fee, String minutes,
                               String sms, String dataGb, String minutePrice, String smsPrice, String gbPrice,
                               Integer speed) {
        jdbc.update("""
                INSERT INTO tariff (tariff_code, name, monthly_fee, status, technology, segment, included_minutes,
                    included_sms, included_data_gb, minute_price, sms_price, gb_price, speed_mbps)
                VALUES (?, ?, ?, ?, ?, 'B2C', ?, ?, ?, ?, ?, ?, ?)
                """, code, code, dec(fee), status, technology, dec(minutes), dec(sms), dec(dataGb),
                dec(minutePrice), dec(smsPrice), dec(gbPrice), speed);
        return this;
    }

    /** A flat-fee mobile tariff without overage. */
    public TestOperator flatTariff(String code, String status, String fee) {
        return tariff(code, status, "MOBILE", fee, null, null, null, "0", "0", "0", null);
    }

    public TestOperator area(String code, String parent) {
        jdbc.update("INSERT INTO area (area_code, name, parent_code) VALUES (?, ?, ?)", code, code, parent);
        return this;
    }

    public TestOperator subscriber(String id, String account, String tariff, String area, String segment,
                                   LocalDate activatedOn) {
        jdbc.update("INSERT INTO account (account_id) VALUES (?) ON CONFLICT DO NOTHING", account);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on, segment)
                VALUES (?, ?, ?, '+79160000000', ?, ?, 'ACTIVE', ?, ?)
                """, id, account, "Name " + id, tariff, area, activatedOn, segment);
        return this;
    }

    public TestOperator status(String subscriber, String status) {
        jdbc.update("UPDATE subscriber SET status = ? WHERE subscriber_id = ?", status, subscriber);
        return this;
    }

    public TestOperator usage(String subscriber, String month, String charged, String minutes, String sms,
                              String dataGb) {
        jdbc.update("INSERT INTO usage_month (subscriber_id, month, charged, voice_minutes, sms, data_gb) "
                + "VALUES (?, ?, ?, ?, ?, ?)", subscriber, LocalDate.parse(month + "-01"), dec(charged),
                dec(minutes), dec(sms), dec(dataGb));
        return this;
    }

    public TestOperator invoice(String id, String account, String issued, String due, String amount) {
        jdbc.update("INSERT INTO invoice (invoice_id, account_id, issued_on, due_on, amount) VALUES (?, ?, ?, ?, ?)",
                id, account, LocalDate.parse(issued), LocalDate.parse(due), dec(amount));
        return this;
    }

    public TestOperator payment(String id, String account, String paid, String amount) {
        jdbc.update("INSERT INTO payment (payment_id, account_id, paid_on, amount) VALUES (?, ?, ?, ?)",
                id, account, LocalDate.parse(paid), dec(amount));
        return this;
    }

    public TestOperator ticket(String id, String subscriber, Instant openedAt, String category) {
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category) VALUES (?, ?, ?, ?)",
                id, subscriber, utc(openedAt), category);
        return this;
    }

    public TestOperator outage(String id, String area, String kind, Instant starts, Instant expectedEnd,
                               Instant ended) {
        jdbc.update("""
                INSERT INTO outage (outage_id, area_code, kind, starts_at, expected_end_at, ended_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, id, area, kind, utc(starts), utc(expectedEnd), utc(ended));
        return this;
    }

    public TestOperator score(String date, String subscriber, int score, String band) {
        jdbc.update("INSERT INTO churn_score (business_date, subscriber_id, score, band, reasons) VALUES (?, ?, ?, ?, '')",
                LocalDate.parse(date), subscriber, score, band);
        return this;
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
