package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Teams on shifts: B2C dunning calls go to a Moscow centre working 16:00-22:00 on working days, whose
 * overflow is an eastern centre working 09:00-18:00 Vladivostok time. A Kaliningrad subscriber is
 * called by Moscow within Moscow's shift; a Vladivostok one, whose day ends before Moscow's shift
 * starts, by the eastern centre within its shift; on a Saturday nobody works and both calls carry
 * over with NO_SHIFT.
 */
@TestPropertySource(properties = {
        "retention.teams.lists[BILLING_B2C].timezone=Europe/Moscow",
        "retention.teams.lists[BILLING_B2C].roster.pattern=5/2",
        "retention.teams.lists[BILLING_B2C].roster.start=16:00",
        "retention.teams.lists[BILLING_B2C].roster.end=22:00",
        "retention.teams.lists[BILLING_B2C].roster.break-minutes=0",
        "retention.teams.lists[BILLING_B2C].overflow=BILLING_EAST",
        "retention.teams.lists[BILLING_EAST].agents=2",
        "retention.teams.lists[BILLING_EAST].hours=8",
        "retention.teams.lists[BILLING_EAST].calls-per-hour=10",
        "retention.teams.lists[BILLING_EAST].timezone=Asia/Vladivostok",
        "retention.teams.lists[BILLING_EAST].roster.pattern=5/2",
        "retention.teams.lists[BILLING_EAST].roster.start=09:00",
        "retention.teams.lists[BILLING_EAST].roster.end=18:00",
        "retention.teams.lists[BILLING_EAST].roster.break-minutes=60"})
class CallListsShiftsTest extends CallListsTestBase {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    @Test
    void eachCallGoesToACentreOnShiftWithinTheHoursBothShareOrCarriesOver() {
        SmallOperator.Subscriber east = operator.subscriber("VVO1", "+79140000001", "VVO-1");
        SmallOperator.Subscriber west = operator.subscriber("KGD1", "+74010000001", "KGD");
        for (LocalDate d : List.of(WEDNESDAY, SATURDAY)) {
            east.owes(d, "REMINDER_CALL", "1500");
            west.owes(d, "REMINDER_CALL", "1500");
            runCallLists(d);
        }

        // Kaliningrad 08:00-22:00 (06:00-20:00 UTC) within Moscow's 16:00-22:00 (13:00-19:00 UTC).
        // Vladivostok 08:00-22:00 (22:00-12:00 UTC) misses Moscow's shift; the east works 09:00-18:00 there.
        assertThat(tasks(WEDNESDAY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "KGD1", "BILLING_B2C 2026-11-25 13:00:00+00 2026-11-25 19:00:00+00 15:00\u201321:00 Europe/Kaliningrad",
                "VVO1", "BILLING_EAST 2026-11-24 23:00:00+00 2026-11-25 08:00:00+00 09:00\u201318:00 Asia/Vladivostok"));
        assertThat(tasks(SATURDAY)).isEmpty();
        assertThat(jdbc.queryForList("SELECT subscriber_id || ' ' || decision || '/' || reason FROM contact_candidate"
                + " WHERE business_date = ? AND channel = 'CALL' ORDER BY 1", String.class, SATURDAY))
                .containsExactly("KGD1 CARRIED/NO_SHIFT", "VVO1 CARRIED/NO_SHIFT");
        assertThat(lines("call-lists/" + WEDNESDAY + "/dialer.csv")).anyMatch(l -> l.contains("VVO1")
                && l.contains("2026-11-24T23:00:00Z,2026-11-25T08:00:00Z"));
    }

    private Map<String, String> tasks(LocalDate d) {
        Map<String, String> tasks = new java.util.HashMap<>();
        jdbc.queryForList("SELECT subscriber_id, team || ' ' || (earliest_utc AT TIME ZONE 'UTC')::text || '+00 '"
                + " || (latest_utc AT TIME ZONE 'UTC')::text || '+00 ' || local_window AS t FROM call_task"
                + " WHERE business_date = ?", d)
                .forEach(r -> tasks.put((String) r.get("subscriber_id"), (String) r.get("t")));
        return tasks;
    }
}
