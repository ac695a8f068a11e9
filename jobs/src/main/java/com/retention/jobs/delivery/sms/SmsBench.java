package com.retention.jobs.delivery.sms;

import com.retention.jobs.delivery.DeliveryCounts;
import com.retention.jobs.delivery.DeliveryProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code retention bench --sms N}: SMS a second from the delivery to a loopback SMSC with the shipped
 * settings (throttle, batch, window), over N one-part SMS of synthetic subscribers on a date of their
 * own (1999-01-01), which are removed again afterwards; the operator's data is not touched.
 */
@Service
public class SmsBench {

    static final LocalDate DAY = LocalDate.of(1999, 1, 1);
    private static final String PREFIX = "SMSBENCH-";

    private final JdbcTemplate jdbc;
    private final SmsDelivery delivery;
    private final DeliveryProperties properties;

    public SmsBench(JdbcTemplate jdbc, SmsDelivery delivery, DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.properties = properties;
    }

    /** @return the result line: SMS submitted, seconds, SMS a second */
    public String run(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new com.retention.jobs.errors.UserInputException("--sms must be between 1 and 1000000, not " + n);
        }
        remove();
        try (LoopbackSmsc smsc = new LoopbackSmsc()) {
            insert(n);
            DeliveryProperties.Sms settings = properties.sms().at("127.0.0.1", smsc.port());
            long started = System.nanoTime();
            DeliveryCounts counts = delivery.deliver(DAY, DAY.atTime(12, 0).atZone(java.time.ZoneOffset.UTC).toInstant(),
                    settings, SmsDelivery.Observer.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            Long delivered = jdbc.queryForObject("SELECT count(*) FROM notification_delivery WHERE business_date = ? "
                    + "AND status = 'DELIVERED'", Long.class, DAY);
            return String.format(Locale.ROOT, "SMS bench: %,d submitted in %.1f s = %.0f SMS/s to a loopback SMSC "
                    + "(throttle %d/s, batch %d), %,d delivered (receipts) by the end", counts.submitted(), seconds,
                    counts.submitted() / seconds, settings.throttle(), settings.batch(), delivered);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback SMSC: " + e.getMessage(), e);
        } finally {
            remove();
        }
    }

    private void insert(int n) {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES (?, 'SMS bench', 0, 'ACTIVE')",
                PREFIX + "T");
        jdbc.update("INSERT INTO area (area_code, name, timezone) VALUES (?, 'SMS bench', 'UTC')", PREFIX + "A");
        jdbc.update("INSERT INTO account (account_id) SELECT ? || i FROM generate_series(1, ?) i", PREFIX, n);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on)
                SELECT ? || i, ? || i, 'SMS bench', '+7999' || lpad(i::text, 7, '0'), ?, ?, 'ACTIVE', DATE '1999-01-01'
                FROM generate_series(1, ?) i
                """, PREFIX, PREFIX, PREFIX + "T", PREFIX + "A", n);
        jdbc.update("""
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                SELECT ?, ? || i, 'SMS', 'DUNNING', 'PAYMENT_DUE', 'SENT' FROM generate_series(1, ?) i
                """, DAY, PREFIX, n);
        jdbc.update("""
                INSERT INTO notification (notification_id, business_date, candidate_id, subscriber_id, channel,
                    to_address, campaign, step, template, text, segments)
                SELECT 'N19990101-' || lpad(row_number() OVER (ORDER BY c.candidate_id)::text, 7, '0'), c.business_date,
                    c.candidate_id, c.subscriber_id, 'SMS', s.phone, 'DUNNING', 'PAYMENT_DUE',
                    'messages/ru/PAYMENT_DUE.ftl', 'Счёт на 1 234,50 ₽ к оплате до 25.11.2026', 1
                FROM contact_candidate c JOIN subscriber s ON s.subscriber_id = c.subscriber_id
                WHERE c.business_date = ? AND c.subscriber_id LIKE 'SMSBENCH-%'
                """, DAY);
    }

    private void remove() {
        jdbc.update("DELETE FROM sms_receipt WHERE message_id IN (SELECT p.message_id FROM sms_part p "
                + "JOIN notification_delivery d ON d.notification_id = p.notification_id WHERE d.business_date = ?)", DAY);
        jdbc.update("DELETE FROM notification_delivery WHERE business_date = ?", DAY);
        jdbc.update("DELETE FROM notification WHERE business_date = ? AND subscriber_id LIKE 'SMSBENCH-%'", DAY);
        jdbc.update("DELETE FROM contact_candidate WHERE business_date = ? AND subscriber_id LIKE 'SMSBENCH-%'", DAY);
        jdbc.update("DELETE FROM subscriber WHERE subscriber_id LIKE 'SMSBENCH-%'");
        jdbc.update("DELETE FROM account WHERE account_id LIKE 'SMSBENCH-%'");
        jdbc.update("DELETE FROM area WHERE area_code = ?", PREFIX + "A");
        jdbc.update("DELETE FROM tariff WHERE tariff_code = ?", PREFIX + "T");
    }
}
