package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The save desk's SAVE calls (README, "Save desk") through the call-lists job, exact rows. */
class CallListsSaveDeskTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    /** D 00:00 in Moscow. */
    static final Instant MIDNIGHT = Instant.parse("2026-11-24T21:00:00Z");

    @Test
    void everyOpenRequestGetsOneSaveCallWithTheDaysOfferToItsTeamFirstOnAFullList() {
        // S1 has no call consent, a request opened two days ago and D's offer: a SAVE call carries it
        operator.subscriber("S1", "+79160000001", "MOW").offered(D, 40);
        jdbc.update("UPDATE subscriber SET consent_calls = false WHERE subscriber_id = 'S1'");
        request("R1", "S1", "TERMINATION_REQUEST", MIDNIGHT.minusSeconds(2 * 86400), null);
        // S2 (B2B) ports out and owes money: SAVE wins over the dunning call, and goes first on the
        // 2-call B2B list before two richer retention offers
        operator.subscriber("S2", "+79160000002", "MOW").b2b().owes(D, "SUSPENSION_WARNING", "5000");
        request("R2", "S2", "PORT_OUT", MIDNIGHT.minusSeconds(3600), null);
        operator.subscriber("B1", "+79160000011", "MOW").b2b().offered(D, 90);
        operator.subscriber("B2", "+79160000012", "MOW").b2b().offered(D, 95);
        // S3 (VIP) to their manager's list; S4's request closed before D; S5's phone is on do-not-call;
        // S6 terminated; S7 asked at 11:00 on D: not on the night's list
        operator.subscriber("S3", "+79160000003", "MOW").vip("Petrova");
        request("R3", "S3", "TERMINATION_REQUEST", MIDNIGHT.minusSeconds(600), null);
        operator.subscriber("S4", "+79160000004", "MOW");
        request("R4", "S4", "TERMINATION_REQUEST", MIDNIGHT.minusSeconds(86400), MIDNIGHT.minusSeconds(60));
        operator.subscriber("S5", "+79160000005", "MOW");
        operator.doNotCall("+79160000005");
        request("R5", "S5", "PORT_OUT", MIDNIGHT.minusSeconds(86400), null);
        operator.subscriber("S6", "+79160000006", "MOW");
        jdbc.update("UPDATE subscriber SET status = 'TERMINATED', terminated_on = ? WHERE subscriber_id = 'S6'", D.minusDays(1));
        request("R6", "S6", "TERMINATION_REQUEST", MIDNIGHT.minusSeconds(86400), null);
        operator.subscriber("S7", "+79160000007", "MOW");
        Instant eleven = MIDNIGHT.plusSeconds(11 * 3600);
        request("R7", "S7", "TERMINATION_REQUEST", eleven, null);

        runCallLists(D);

        assertThat(candidates(D)).containsExactly(
                "B1/RETENTION/SAVING/CARRIED/OVER_CAPACITY/RETENTION_B2B/-",
                "B2/RETENTION/SAVING/LISTED/-/RETENTION_B2B/2",
                "S1/RETENTION/SAVE/LISTED/-/RETENTION_B2C/1",
                "S2/DUNNING/SUSPENSION_WARNING/CARRIED/LOST_PRIORITY/-/-",
                "S2/RETENTION/SAVE/LISTED/-/RETENTION_B2B/1",
                "S3/RETENTION/SAVE/LISTED/-/VIP-Petrova/1",
                "S5/RETENTION/SAVE/SUPPRESSED/DNC/-/-");
        assertThat(jdbc.queryForObject("SELECT script FROM call_task WHERE subscriber_id = 'S1'", String.class))
                .contains("«SMART_M»").contains("200,00");
        assertThat(jdbc.queryForObject("SELECT script FROM call_task WHERE subscriber_id = 'S3'", String.class))
                .contains("Что мы можем для вас сделать");

        // During D: S2's call is worked; at 11:00 S7 asks, and so do B2 (already called today) and S8 (B2B,
        // whose list is full). An intraday run at 11:15 adds S7's SAVE call to D's lists, after them.
        List<String> tasksBefore = tasks(D);
        jdbc.update("INSERT INTO outcome (task_id, outcome) SELECT task_id, 'DECLINED' FROM call_task "
                + "WHERE business_date = ? AND subscriber_id = 'S2'", D);
        request("R8", "B2", "PORT_OUT", eleven, null);
        operator.subscriber("S8", "+79160000008", "MOW").b2b();
        request("R9", "S8", "TERMINATION_REQUEST", eleven, null);
        JobOutcome intraday = launcher.run("call-lists", D, eleven.plusSeconds(15 * 60), false);
        assertThat(intraday.succeeded()).as(intraday.describe()).isTrue();

        assertThat(tasks(D)).containsAll(tasksBefore).hasSize(tasksBefore.size() + 1)
                .contains("20261125-000005 S7 RETENTION_B2C 2 SAVE");
        assertThat(candidates(D)).contains(
                "B2/RETENTION/SAVE/CARRIED/CAP_SUBSCRIBER/-/-",
                "S7/RETENTION/SAVE/LISTED/-/RETENTION_B2C/2",
                "S8/RETENTION/SAVE/CARRIED/OVER_CAPACITY/RETENTION_B2B/-",
                "S2/RETENTION/SAVE/LISTED/-/RETENTION_B2B/1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Integer.class)).isOne();
        assertThat(lines("call-lists/" + D + "/dialer.csv")).anyMatch(line -> line.startsWith("20261125-000005,S7,"));
    }

    private List<String> tasks(LocalDate date) {
        return jdbc.queryForList("SELECT task_id || ' ' || subscriber_id || ' ' || team || ' ' || rank || ' ' || step "
                + "FROM call_task WHERE business_date = ? ORDER BY task_id", String.class, date);
    }

    @Test
    void aClosedRequestOrATerminationDropsThePendingSaveTasksAndOneSaveCallADayStays() {
        operator.subscriber("S1", "+79160000001", "MOW");
        operator.subscriber("S2", "+79160000002", "MOW");
        operator.subscriber("S3", "+79160000003", "MOW");
        for (String s : List.of("S1", "S2", "S3")) {
            request("R" + s, s, "TERMINATION_REQUEST", MIDNIGHT.minusSeconds(3600), null);
        }
        runCallLists(D);
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ? ORDER BY 1",
                String.class, D)).containsExactly("S1", "S2", "S3");

        // during D: S1's request is closed, S2 terminates, S3 does not answer
        jdbc.update("UPDATE ticket SET closed_at = ? WHERE ticket_id = 'RS1'", Timestamp.from(MIDNIGHT.plusSeconds(50_000)));
        jdbc.update("UPDATE subscriber SET status = 'TERMINATED', terminated_on = ? WHERE subscriber_id = 'S2'", D);
        jdbc.update("INSERT INTO outcome (task_id, outcome) SELECT task_id, 'NO_ANSWER' FROM call_task "
                + "WHERE subscriber_id = 'S3' AND business_date = ?", D);
        LocalDate next = D.plusDays(1);
        runCallLists(next);

        assertThat(candidates(next)).containsExactly("S3/RETENTION/SAVE/LISTED/-/RETENTION_B2C/1");
        assertThat(jdbc.queryForObject("SELECT attempt FROM contact_candidate WHERE business_date = ?", Integer.class, next))
                .isEqualTo(2); // the retry of D's unanswered call is the day's one SAVE call
        assertThat(jdbc.queryForList("SELECT subscriber_id || '/' || status FROM call_task WHERE business_date = ? "
                + "ORDER BY subscriber_id", String.class, D)).containsExactly("S1/CLOSED", "S2/CLOSED", "S3/CLOSED");
    }

    private void request(String id, String subscriber, String category, Instant openedAt, Instant closedAt) {
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category, closed_at) VALUES (?, ?, ?, ?, ?)",
                id, subscriber, Timestamp.from(openedAt), category, closedAt == null ? null : Timestamp.from(closedAt));
    }

    private List<String> candidates(LocalDate date) {
        return jdbc.queryForList("SELECT subscriber_id || '/' || campaign || '/' || step || '/' || decision || '/' "
                + "|| coalesce(reason, '-') || '/' || coalesce(team, '-') || '/' || coalesce(list_rank::text, '-') "
                + "FROM contact_candidate WHERE business_date = ? ORDER BY 1", String.class, date);
    }
}
