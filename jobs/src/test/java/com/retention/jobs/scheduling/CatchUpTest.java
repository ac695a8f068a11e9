package com.retention.jobs.scheduling;

import static com.retention.jobs.scheduling.TwoNodeFailoverTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.InjectedFailure;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Nights of the real nightly flow missed while nothing was running are run on start, in date order, once. */
class CatchUpTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

    @Test
    void twoNightsMissedWhileStoppedAreCaughtUpInOrderOnStart() {
        MutableClock clock = new MutableClock(FIRST.atTime(12, 0));
        try (Node node = Node.start(clock)) {
            OpsTables.reset(node.jdbc());
            node.serve();
            await(() -> OpsTables.statuses(node.jdbc(), FIRST).contains("COMPLETED"), Duration.ofSeconds(60));
        }

        clock.set(FIRST.plusDays(2).atTime(12, 0)); // stopped over the nights of the 21st and the 22nd
        try (Node node = Node.start(clock)) {
            node.serve();
            await(() -> OpsTables.statuses(node.jdbc(), FIRST.plusDays(2)).contains("COMPLETED"),
                    Duration.ofSeconds(90));
            TwoNodeFailoverTest.sleep(Duration.ofSeconds(3)); // more fires: nothing runs twice

            assertThat(OpsTables.dateOrder(node.jdbc()))
                    .containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
            int active = OpsTables.activeSubscribers(node.jdbc());
            for (int day = 0; day < 3; day++) {
                assertThat(OpsTables.statuses(node.jdbc(), FIRST.plusDays(day))).containsExactly("COMPLETED");
                assertThat(OpsTables.scores(node.jdbc(), FIRST.plusDays(day))).hasSize(active);
            }
            assertThat(OpsTables.instances(node.jdbc(), "nightly")).isEqualTo(3);
            assertThat(OpsTables.instances(node.jdbc(), "report")).as("each night ran its whole flow").isEqualTo(3);
        }
    }

    @Test
    void theCatchUpIsBoundedByItsWindowAndWaitsForTheScheduledTime() {
        MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 25, 1, 0));
        try (Node node = Node.start(clock, "--retention.schedule.nightly-cron=0 30 1 * * ?",
                "--retention.schedule.catch-up-days=3")) {
            OpsTables.reset(node.jdbc());
            NightlyCatchUp catchUp = node.bean(NightlyCatchUp.class);
            assertThat(catchUp.dueDates()).as("01:00, before today's 01:30 fire, no night ever ran")
                    .containsExactly(LocalDate.of(2026, 11, 24));

            assertThat(node.launcher().run("nightly", LocalDate.of(2026, 11, 15), null, false).succeeded()).isTrue();
            clock.set(LocalDateTime.of(2026, 11, 25, 1, 45));
            assertThat(catchUp.dueDates()).as("nine nights missed, a window of three")
                    .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25));

            InjectedFailure.atRow(node.jdbc(), "churn_score", 1);
            try {
                assertThat(catchUp.runDueDates()).as("a failed night stops the nights after it").isEmpty();
            } finally {
                InjectedFailure.remove(node.jdbc(), "churn_score");
            }
            assertThat(OpsTables.statuses(node.jdbc(), LocalDate.of(2026, 11, 23))).containsExactly("FAILED");
            assertThat(OpsTables.statuses(node.jdbc(), LocalDate.of(2026, 11, 24))).isEmpty();

            assertThat(catchUp.runDueDates()).containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                    LocalDate.of(2026, 11, 25));
            assertThat(OpsTables.statuses(node.jdbc(), LocalDate.of(2026, 11, 23))).containsExactly("FAILED", "COMPLETED");
            assertThat(OpsTables.scores(node.jdbc(), LocalDate.of(2026, 11, 25)))
                    .hasSize(OpsTables.activeSubscribers(node.jdbc()));
            assertThat(catchUp.dueDates()).isEmpty();
        }
    }
}
