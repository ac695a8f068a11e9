package com.retention.jobs.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.OutcomeFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claims against the real database: two agents of one team asking at the same moment get different
 * tasks, every time; a hold runs out when its agent leaves and runs on while it is renewed; only open,
 * unworked tasks of the agent's lists whose window is open now are handed out, in rank order.
 */
class TaskClaimsTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final String TEAM = "RETENTION_B2C";
    /** Inside the fixture's calling window (05:00–19:00 UTC of D). */
    static final Instant NOON = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    TaskClaims claims;

    OutcomeFixture f;

    @BeforeEach
    void fixture() {
        f = new OutcomeFixture(jdbc);
    }

    @Test
    void twoAgentsAskingAtOnceNeverGetTheSameTask() throws Exception {
        int tasks = 24;
        for (int n = 1; n <= tasks; n++) {
            f.retentionTask(D, n);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> anna = agents.submit(() -> work("anna", together, tasks / 2));
            Future<List<String>> boris = agents.submit(() -> work("boris", together, tasks / 2));
            List<String> byAnna = anna.get(60, TimeUnit.SECONDS);
            List<String> byBoris = boris.get(60, TimeUnit.SECONDS);

            assertThat(byAnna).hasSize(tasks / 2).doesNotHaveDuplicates();
            assertThat(byBoris).hasSize(tasks / 2).doesNotHaveDuplicates().doesNotContainAnyElementsOf(byAnna);
            Set<String> all = new HashSet<>(byAnna);
            all.addAll(byBoris);
            assertThat(all).hasSize(tasks);
        } finally {
            agents.shutdownNow();
        }
    }

    /** Each round both agents ask at the same moment, hold the task while the other asks, then work it. */
    private List<String> work(String login, CyclicBarrier together, int rounds) throws Exception {
        List<String> worked = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            together.await(30, TimeUnit.SECONDS);
            Optional<TaskClaims.Claim> claim = claims.next(login, Set.of(TEAM), D, NOON);
            assertThat(claim).as(login + " round " + i).isPresent();
            together.await(30, TimeUnit.SECONDS); // both hold theirs now
            String task = claim.get().taskId();
            jdbc.update("INSERT INTO outcome (task_id, outcome, agent) VALUES (?, 'NO_ANSWER', ?)", task, login);
            worked.add(task);
        }
        return worked;
    }

    @Test
    void aHoldRunsOutWhenItsAgentLeavesAndRunsOnWhileRenewed() {
        String first = f.retentionTask(D, 1);
        String second = f.retentionTask(D, 2);
        String third = f.retentionTask(D, 3);
        Duration lease = claims.lease();

        assertThat(claims.next("anna", Set.of(TEAM), D, NOON).orElseThrow().taskId()).isEqualTo(first);
        assertThat(claims.next("anna", Set.of(TEAM), D, NOON.plusSeconds(30)).orElseThrow().taskId())
                .as("asking again keeps one's own task").isEqualTo(first);
        assertThat(claims.next("boris", Set.of(TEAM), D, NOON.plusSeconds(60)).orElseThrow().taskId()).isEqualTo(second);

        // boris keeps his task on the screen; anna closed her tab
        assertThat(claims.renew(second, "boris", NOON.plus(lease).minusSeconds(10))).isTrue();
        Instant later = NOON.plus(lease).plusSeconds(70);
        assertThat(claims.next("carl", Set.of(TEAM), D, later).orElseThrow().taskId())
                .as("anna's lapsed hold is free again; boris's renewed one is not").isEqualTo(first);
        assertThat(claims.heldByAnother(first, "anna", later)).contains("carl");
        assertThat(claims.renew(first, "anna", later)).as("anna came back too late").isFalse();
        assertThat(claims.next("dina", Set.of(TEAM), D, later).orElseThrow().taskId()).isEqualTo(third);
        assertThat(claims.next("erik", Set.of(TEAM), D, later)).as("all three held").isEmpty();
    }

    @Test
    void onlyOpenUnworkedTasksOfOnesListsWithAnOpenWindowAreHandedOutInRankOrder() {
        String worked = f.retentionTask(D, 1);
        String closed = f.retentionTask(D, 2);
        String otherTeam = f.task(D, 3, "RETENTION", "SAVING", true, 1, "RETENTION_B2B");
        String later = f.retentionTask(D, 4);
        String first = f.retentionTask(D, 5);
        String yesterday = f.retentionTask(D.minusDays(1), 6);
        jdbc.update("INSERT INTO outcome (task_id, outcome) VALUES (?, 'DECLINED')", worked);
        jdbc.update("UPDATE call_task SET status = 'CLOSED' WHERE task_id = ?", closed);
        jdbc.update("UPDATE call_task SET earliest_utc = ? WHERE task_id = ?",
                java.sql.Timestamp.from(NOON.plusSeconds(3600)), later);

        assertThat(claims.next("anna", Set.of(TEAM), D, NOON).orElseThrow().taskId()).isEqualTo(first);
        assertThat(claims.next("boris", Set.of(TEAM), D, NOON)).as("the rest is worked, closed, of another list, "
                + "of another day or not yet in its window").isEmpty();
        assertThat(claims.next("boris", Set.of(TEAM), D, NOON.plusSeconds(3600)).orElseThrow().taskId())
                .as("its window opened").isEqualTo(later);
        assertThat(claims.next("admin", null, D, NOON.plusSeconds(3600)).orElseThrow().taskId())
                .as("every list (ADMIN)").isEqualTo(otherTeam);
        assertThat(List.of(worked, closed, yesterday)).doesNotContain(first);
    }

    @Test
    void aSaveTaskIsHandedOutOnlyWhileTheRequestIsOpenAndTheSubscriberStays() {
        String closedRequest = f.task(D, 1, "RETENTION", "SAVE", false, 1);
        String left = f.task(D, 2, "RETENTION", "SAVE", false, 1);
        String open = f.task(D, 3, "RETENTION", "SAVE", false, 1);
        Instant morning = NOON.minusSeconds(4 * 3600);
        request("S1", morning, NOON.minusSeconds(60));
        request("S2", morning, null);
        request("S3", morning, NOON.plusSeconds(60));
        jdbc.update("UPDATE subscriber SET status = 'TERMINATED', terminated_on = ? WHERE subscriber_id = 'S2'", D);

        assertThat(claims.next("anna", Set.of(TEAM), D, NOON).orElseThrow().taskId()).isEqualTo(open);
        assertThat(claims.next("boris", Set.of(TEAM), D, NOON)).as("closed request, subscriber left").isEmpty();
        assertThat(List.of(closedRequest, left)).doesNotContain(open);
    }

    private void request(String subscriber, Instant opened, Instant closed) {
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category, closed_at) "
                + "VALUES (?, ?, ?, 'TERMINATION_REQUEST', ?)", "R" + subscriber, subscriber, Timestamp.from(opened),
                closed == null ? null : Timestamp.from(closed));
    }
}
