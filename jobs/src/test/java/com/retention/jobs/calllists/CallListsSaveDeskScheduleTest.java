package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.scheduling.SaveDeskTopUp;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The save desk's scheduled top-up under serve (README, "Save desk"): it waits until D's lists are
 * built, then adds the SAVE calls of requests opened since, and a second fire adds nothing more.
 */
class CallListsSaveDeskScheduleTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 12, 3);
    /** D 00:00 in Moscow. */
    static final Instant MIDNIGHT = Instant.parse("2026-12-02T21:00:00Z");

    @Autowired
    SaveDeskTopUp topUp;

    @Test
    void aTopUpWaitsForTheDaysListsThenAddsTheNewRequestsOnce() {
        operator.subscriber("T1", "+79160000101", "MOW").offered(D, 40);
        Instant ten = MIDNIGHT.plusSeconds(10 * 3600);
        Instant noon = MIDNIGHT.plusSeconds(12 * 3600);

        assertThat(topUp.run(ten)).as("no lists of D yet: a top-up would build them in place of the night").isFalse();
        assertThat(tasks()).isZero();

        runCallLists(D);
        long listed = tasks();
        operator.subscriber("T2", "+79160000102", "MOW");
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category) VALUES ('RT2', 'T2', ?, 'PORT_OUT')",
                Timestamp.from(ten.plusSeconds(60)));

        assertThat(topUp.run(noon)).isTrue();
        assertThat(tasks()).isEqualTo(listed + 1);
        assertThat(jdbc.queryForObject("SELECT step FROM call_task WHERE business_date = ? AND subscriber_id = 'T2'",
                String.class, D)).isEqualTo("SAVE");

        assertThat(topUp.run(noon.plusSeconds(7200))).isTrue();
        assertThat(tasks()).as("the request has its call already").isEqualTo(listed + 1);
    }

    private long tasks() {
        return jdbc.queryForObject("SELECT count(*) FROM call_task WHERE business_date = ?", Long.class, D);
    }
}
