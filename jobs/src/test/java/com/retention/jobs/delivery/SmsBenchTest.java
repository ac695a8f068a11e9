package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.delivery.sms.SmsBench;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code retention bench --sms N}: measures, then leaves the operator's tables as they were. */
class SmsBenchTest extends IntegrationTest {

    @Autowired
    SmsBench bench;

    @Test
    void measuresAndRemovesItsSyntheticSms() {
        DayNotifications day = new DayNotifications(jdbc, LocalDate.of(2026, 11, 22), "Europe/Moscow");
        day.add("SMS", "+79160000001", "DUNNING", "PAYMENT_DUE", "a real one, not sent by the bench");

        String line = bench.run(150);

        assertThat(line).matches("SMS bench: 150 submitted in [0-9.]+ s = \\d+ SMS/s to a loopback SMSC "
                + "\\(throttle 300/s, batch 50\\), \\d+ delivered \\(receipts\\) by the end");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_delivery", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sms_part", Integer.class)).isZero();
        assertThatThrownBy(() -> bench.run(0)).isInstanceOf(UserInputException.class);
    }
}
