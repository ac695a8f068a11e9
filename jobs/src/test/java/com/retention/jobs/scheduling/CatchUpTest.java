package com.retention.jobs.scheduling;

import static com.retention.jobs.scheduling.TwoNodeFailoverTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nights missed while nothing was running are run on start, in date order, once. */
class CatchUpTest {

    private static final LocalDate FIRST = LocalDate.of(2030, 5, 1);

    @BeforeEach
    void noBlocking() {
        TestNightlyJob.BLOCK_AT.set(0);
        TestNightlyJob.FAIL_AT.set(0);
        TestNightlyJob.RELEASE.set(new CountDownLatch(1));
    }

    @Test
    void twoNightsMissedWhileStoppedAreCaughtUpInOrderOnStart() {
        MutableClock clock = new MutableClock(FIRST.atTime(12, 0));
        try (Node node = Node.start(clock)) {
            OpsTables.reset(node.jdbc());
            node.serve();
            await(() -> OpsTables.statuses(node.jdbc(), FIRST).contains("COMPLETED"), Duration.ofSeconds(30));
        }

        clock.set(FIRST.plusDays(2).atTime(12, 0)); // stopped over the nights of May 2 and May 3
        try (Node node = Node.start(clock)) {
            node.serve();
            await(() -> OpsTables.statuses(node.jdbc(), FIRST.plusDays(2)).contains("COMPLETED"),
                    Duration.ofSeconds(30));
            TwoNodeFailoverTest.sleep(Duration.ofSeconds(3)); // more fires: nothing runs twice

            assertThat(OpsTables.dateOrder(node.jdbc()))
                    .containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
            for (int day = 0; day < 3; day++) {
                assertThat(OpsTables.statuses(node.jdbc(), FIRST.plusDays(day))).containsExactly("COMPLETED");
                assertThat(OpsTables.items(node.jdbc(), FIRST.plusDays(day))).hasSize(TestNightlyJob.ITEMS);
            }
            assertThat(OpsTables.instances(node.jdbc(), "nightly")).isEqualTo(3);
        }
    }

    @Test
    void theCatchUpIsBoundedByItsWindowAndWaitsForTheScheduledTime() {
        MutableClock clock = new MutableClock(LocalDateTime.of(2030, 6, 20, 1, 0));
        try (Node node = Node.start(clock, "--retention.schedule.nightly-cron=0 30 1 * * ?",
                "--retention.schedule.catch-up-days=3")) {
            OpsTables.reset(node.jdbc());
            NightlyCatchUp catchUp = node.bean(NightlyCatchUp.class);
            assertThat(catchUp.dueDates()).as("01:00, before today's 01:30 fire, no night ever ran")
                    .containsExactly(LocalDate.of(2030, 6, 19));

            assertThat(node.launcher().run("nightly", LocalDate.of(2030, 6, 10), null, false).succeeded()).isTrue();
            clock.set(LocalDateTime.of(2030, 6, 20, 1, 45));
            assertThat(catchUp.dueDates()).as("nine nights missed, a window of three")
                    .containsExactly(LocalDate.of(2030, 6, 18), LocalDate.of(2030, 6, 19), LocalDate.of(2030, 6, 20));

            TestNightlyJob.FAIL_AT.set(7);
            assertThat(catchUp.runDueDates()).as("a failed night stops the nights after it").isEmpty();
            assertThat(OpsTables.statuses(node.jdbc(), LocalDate.of(2030, 6, 19))).isEmpty();

            TestNightlyJob.FAIL_AT.set(0);
            assertThat(catchUp.runDueDates()).containsExactly(LocalDate.of(2030, 6, 18), LocalDate.of(2030, 6, 19),
                    LocalDate.of(2030, 6, 20));
            assertThat(OpsTables.statuses(node.jdbc(), LocalDate.of(2030, 6, 18))).containsExactly("FAILED", "COMPLETED");
            assertThat(catchUp.dueDates()).isEmpty();
        }
    }
}
