package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.delivery.sms.LoopbackSmsc;
import com.retention.jobs.delivery.sms.SmsDelivery;
import com.retention.jobs.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A measurement, not part of the suite (the name does not match the test includes): SMS a second from
 * the deliver step to the loopback SMSC with the shipped settings (throttle, batch, window), each SMS
 * one part, receipts coming back while it submits. Run: {@code ./mvnw -o -pl domain,jobs test
 * -Dtest=SmsThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.sms=5000}.
 */
class SmsThroughputBenchmark extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    SmsDelivery delivery;
    @Autowired
    DeliveryProperties properties;

    @Test
    void smsPerSecondToALoopbackSmsc() throws Exception {
        int n = Integer.getInteger("benchmark.sms", 5000);
        DayNotifications day = new DayNotifications(jdbc, D, "Europe/Moscow");
        jdbc.execute("""
                INSERT INTO account (account_id) SELECT 'B' || i FROM generate_series(1, %d) i;
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on) SELECT 'B' || i, 'B' || i, 'Name', '+7916' || lpad(i::text, 7, '0'), 'T1', 'A1',
                    'ACTIVE', DATE '2024-01-01' FROM generate_series(1, %d) i;
                INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                    SELECT DATE '2026-11-22', 'B' || i, 'SMS', 'DUNNING', 'PAYMENT_DUE', 'SENT' FROM generate_series(1, %d) i;
                INSERT INTO notification (notification_id, business_date, candidate_id, subscriber_id, channel,
                    to_address, campaign, step, template, text, segments)
                    SELECT 'N20261122-' || lpad(c.candidate_id::text, 6, '0'), c.business_date, c.candidate_id,
                        c.subscriber_id, 'SMS', s.phone, 'DUNNING', 'PAYMENT_DUE', 'messages/ru/PAYMENT_DUE.ftl',
                        'Счёт на 1 234,50 ₽ к оплате до 25.11.2026', 1
                    FROM contact_candidate c JOIN subscriber s USING (subscriber_id);
                """.formatted(n, n, n));
        try (LoopbackSmsc smsc = new LoopbackSmsc()) {
            DeliveryProperties.Sms settings = properties.sms().at("127.0.0.1", smsc.port());
            long started = System.nanoTime();
            DeliveryCounts counts = delivery.deliver(D, Instant.parse("2026-11-22T09:00:00Z"), settings,
                    SmsDelivery.Observer.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            long delivered = jdbc.queryForObject("SELECT count(*) FROM notification_delivery WHERE status = 'DELIVERED'",
                    Long.class);
            System.out.printf(Locale.ROOT, "SMS benchmark: %d submitted in %.1f s = %.0f SMS/s (throttle %d/s, batch %d); "
                    + "%d delivered by the end of the run%n", counts.submitted(), seconds, counts.submitted() / seconds,
                    settings.throttle(), settings.batch(), delivered);
            assertThat(counts.submitted()).isEqualTo(n);
        }
    }
}
