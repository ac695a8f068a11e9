package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code demo --deliver}: the day's SMS and e-mail through the loopback SMSC and SMTP server the demo starts. */
class DemoDeliveryTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    DemoDelivery demo;

    @Test
    void bothChannelsAreDeliveredAndCounted() {
        DayNotifications day = new DayNotifications(jdbc, D, "Asia/Kamchatka");
        for (int i = 0; i < 5; i++) {
            day.add("SMS", "+7916100000" + i, "DUNNING", "PAYMENT_DUE", "Счёт к оплате " + i);
        }
        day.add("EMAIL", "anna@example.org", "DUNNING", "PAYMENT_DUE", "Счёт к оплате");

        List<String> lines = demo.deliver(D);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("delivery  SMS   5 notifications: submitted 5, delivered ")
                .contains("SMS/s to the loopback SMSC, 0 held by the window");
        assertThat(lines.get(1)).isEqualTo("delivery  EMAIL 1 notifications: submitted 1, delivered 1, failed 0");
        Integer finished = jdbc.queryForObject("SELECT count(*) FROM notification_delivery WHERE status IN "
                + "('DELIVERED', 'UNDELIVERABLE')", Integer.class);
        assertThat(finished).isEqualTo(6);
    }
}
