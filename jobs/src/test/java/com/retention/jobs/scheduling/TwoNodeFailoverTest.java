package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.ChildJvm;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances, one PostgreSQL, the real nightly flow: each night runs once, and when
 * the instance running it is killed (SIGKILL, a separate JVM) mid-scoring the other recovers the
 * execution and finishes it from its last commit, with the same output as an undisturbed run.
 */
class TwoNodeFailoverTest {

    private final List<Node> nodes = new ArrayList<>();
    private Process child;

    @AfterEach
    void stopNodes() {
        if (!nodes.isEmpty()) {
            WriteBlock.release(nodes.get(0).jdbc());
            WriteBlock.remove(nodes.get(0).jdbc());
        }
        if (child != null) {
            child.destroyForcibly();
        }
        nodes.forEach(Node::close);
    }

    @Test
    void twoServingNodesRunTheNightOnce() {
        LocalDate night = LocalDate.of(2026, 11, 23);
        Node a = node(night);
        OpsTables.reset(a.jdbc());
        a.serve();
        node(night).serve();

        await(() -> OpsTables.statuses(a.jdbc(), night).contains("COMPLETED"), Duration.ofSeconds(60));
        sleep(Duration.ofSeconds(5)); // both nodes fire every 2 s meanwhile, and both tried a catch-up on start

        assertThat(OpsTables.statuses(a.jdbc(), night)).containsExactly("COMPLETED");
        assertThat(OpsTables.instances(a.jdbc(), "nightly")).isEqualTo(1);
        assertThat(OpsTables.statuses(a.jdbc(), "scoring", night)).containsExactly("COMPLETED");
        assertThat(OpsTables.scores(a.jdbc(), night)).hasSize(OpsTables.activeSubscribers(a.jdbc()));
    }

    @Test
    void aSecondStartOfARunningDateInAnotherInstanceIsRefused() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 24);
        Node a = node(date);
        OpsTables.reset(a.jdbc());
        Node b = node(date);
        WriteBlock.atScore(a.jdbc(), 120);
        CompletableFuture<JobOutcome> first = CompletableFuture.supplyAsync(() -> a.launcher().run("nightly", date, null, false));
        await(() -> WriteBlock.waiting(a.jdbc()), Duration.ofSeconds(30));

        assertThatThrownBy(() -> b.launcher().run("nightly", date, null, false))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("nightly for 2026-11-24 is already running in another process (execution");
        assertThat(b.bean(StaleExecutionRecovery.class).recoverStale()).isEmpty();

        WriteBlock.release(a.jdbc());
        assertThat(first.get(60, TimeUnit.SECONDS).succeeded()).isTrue();
        assertThat(b.launcher().run("nightly", date, null, false).alreadyComplete()).isTrue();
        assertThat(OpsTables.statuses(a.jdbc(), date)).containsExactly("COMPLETED");
    }

    @Test
    void killingTheNodeThatRunsTheNightLetsTheOtherFinishItFromItsLastCommit() throws Exception {
        LocalDate night = LocalDate.of(2026, 11, 23);
        Node survivor = node(night);
        JdbcTemplate jdbc = survivor.jdbc();
        OpsTables.reset(jdbc);
        WriteBlock.atScore(jdbc, 120); // past each range's first chunk of 50
        child = startChildNode(night.atTime(12, 0));
        await(() -> WriteBlock.waiting(jdbc), Duration.ofSeconds(90), () -> OpsTables.statuses(jdbc, night).toString());
        assertThat(OpsTables.statuses(jdbc, night)).containsExactly("STARTED");
        int committed = OpsTables.scores(jdbc, night).size();
        assertThat(committed).as("chunks committed before the hang").isPositive();

        survivor.serve();
        sleep(Duration.ofSeconds(2));
        assertThat(OpsTables.statuses(jdbc, night)).as("a live run is not taken over").containsExactly("STARTED");
        child.destroyForcibly(); // SIGKILL: no shutdown hook
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        WriteBlock.endOrphanedWriter(jdbc); // its open chunk is rolled back
        WriteBlock.remove(jdbc);

        await(() -> OpsTables.statuses(jdbc, night).contains("COMPLETED"), Duration.ofSeconds(90));
        assertThat(OpsTables.statuses(jdbc, night)).containsExactly("FAILED", "COMPLETED");
        int active = OpsTables.activeSubscribers(jdbc);
        assertThat(OpsTables.lastScoringRead(jdbc)).as("restarted from the last commit, not from the start")
                .isLessThanOrEqualTo(active - committed);
        List<Map<String, Object>> afterFailover = OpsTables.scores(jdbc, night);
        assertThat(afterFailover).hasSize(active);
        assertThat(OpsTables.statuses(jdbc, "report", night)).containsExactly("COMPLETED");

        assertThat(survivor.launcher().runAfresh("nightly", night, null).succeeded()).isTrue();
        assertThat(OpsTables.scores(jdbc, night)).as("an undisturbed run of the night").isEqualTo(afterFailover);
    }

    private Process startChildNode(LocalDateTime clock) throws Exception {
        return ChildJvm.start("retention-node", NodeMain.class, clock.toString());
    }

    private Node node(LocalDate today) {
        Node node = Node.start(new MutableClock(today.atTime(12, 0)));
        nodes.add(node);
        return node;
    }

    static void await(BooleanSupplier condition, Duration timeout) {
        await(condition, timeout, () -> "");
    }

    static void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + ": " + state.get());
            }
            sleep(Duration.ofMillis(200));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
