package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.contact.TeamCapacity;
import com.retention.jobs.calllists.config.TeamCapacities;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Follow-ups of earlier outcomes (retries, callbacks) and the configuration as shipped. */
class CallListsFollowUpTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);

    @Autowired
    TeamCapacities capacities;

    @Test
    void unansweredCallsAreRetriedWithTheNextAttemptAndCallbacksComeBackOnTheirDay() {
        LocalDate next = D.plusDays(1);
        operator.subscriber("N1", "+79160000081", "MOW").owes(D, "REMINDER_CALL", "1000").owes(next, "REMINDER_CALL", "1000");
        operator.subscriber("C1", "+79160000082", "VVO").offered(D, 90);
        operator.subscriber("X1", "+79160000083", "MOW").owes(D, "REMINDER_CALL", "1000"); // paid: no case on D+1
        runCallLists(D);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM call_task WHERE business_date = ?", Integer.class, D)).isEqualTo(3);

        outcome("N1", D, "NO_ANSWER", null);
        outcome("X1", D, "BUSY", null);
        outcome("C1", D, "CALLBACK", OffsetDateTime.parse("2026-11-26T15:00:00+10:00"));
        runCallLists(next);

        assertThat(jdbc.queryForList("SELECT subscriber_id || '/' || campaign || '/' || attempt || '/' || "
                + "coalesce(source_task_id, '-') FROM contact_candidate WHERE business_date = ? ORDER BY subscriber_id",
                String.class, next)).containsExactlyInAnyOrder(
                "C1/RETENTION/1/" + task("C1", D),
                "N1/DUNNING/1/-",                       // D+1's own dunning case ...
                "N1/DUNNING/2/" + task("N1", D));       // ... and the retry of D's unanswered call
        // One call for N1 that day; the callback starts at the agreed time.
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ? ORDER BY subscriber_id",
                String.class, next)).containsExactlyInAnyOrder("C1", "N1");
        assertThat(jdbc.queryForObject("SELECT earliest_utc FROM call_task WHERE business_date = ? AND subscriber_id = 'C1'",
                OffsetDateTime.class, next).toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-26T05:00:00Z").toInstant());
        assertThat(jdbc.queryForObject("SELECT status FROM call_task WHERE task_id = ?", String.class, task("C1", D)))
                .isEqualTo("CLOSED");
    }

    @Test
    void shippedConfigurationGivesTeamCapacitiesAndTheRussianCalendar() {
        TeamCapacity capacity = capacities.on(D);
        assertThat(capacity.forTeam("RETENTION_B2C")).isEqualTo(20 * 8 * 12);
        assertThat(capacity.forTeam("BILLING_B2C")).isEqualTo(10 * 8 * 15);
        assertThat(capacity.forTeam("RETENTION_B2B")).isEqualTo(2); // overridden for these tests
        assertThat(capacity.forTeam("VIP-Petrova")).isEqualTo(40);
    }

    private void outcome(String subscriber, LocalDate d, String code, OffsetDateTime callbackAt) {
        jdbc.update("INSERT INTO outcome (task_id, outcome, callback_at) VALUES (?, ?, ?)", task(subscriber, d), code, callbackAt);
    }

    private String task(String subscriber, LocalDate d) {
        return jdbc.queryForObject("SELECT task_id FROM call_task WHERE subscriber_id = ? AND business_date = ?",
                String.class, subscriber, d);
    }
}
