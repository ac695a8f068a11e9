package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code retention run deliver}: off by default, it completes without touching a notification. */
class DeliverJobTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Autowired
    JobLaunchService launcher;

    @Test
    void offByDefaultTheJobCompletesAndSendsNothing() {
        new DayNotifications(jdbc, D, "Europe/Moscow").add("SMS", "+79160000001", "DUNNING", "PAYMENT_DUE", "pay");

        JobOutcome outcome = launcher.run("deliver", D, null, true);

        assertThat(outcome.succeeded()).as(outcome.describe()).isTrue();
        assertThat(outcome.describe()).startsWith("deliver for 2026-11-22: COMPLETED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_delivery", Integer.class)).isZero();
    }
}
