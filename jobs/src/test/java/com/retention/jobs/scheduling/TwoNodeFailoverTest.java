package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.cli.UserInputException;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances, one PostgreSQL: each night runs once, and when the instance running it
 * is killed (SIGKILL, a separate JVM) the other recovers the execution and finishes it from its last
 * commit, with the same output as an undisturbed run.
 */
class TwoNodeFailoverTest {

    private final List<Node> nodes = new ArrayList<>();
    private Process child;

    @BeforeEach
    void freshCluster() {
        TestNightlyJob.BLOCK_AT.set(0);
        TestNightlyJob.FAIL_AT.set(0);
        TestNightlyJob.RELEASE.set(new CountDownLatch(1));
    }

    @AfterEach
    void stopNodes() {
        TestNightlyJob.RELEASE.get().countDown();
        if (child != null) {
            child.destroyForcibly();
        }
        nodes.forEach(Node::close);
    }

    @Test
    void twoServingNodesRunTheNightOnce() {
        LocalDate night = LocalDate.of(2030, 3, 2);
        Node a = node(night);
        OpsTables.reset(a.jdbc());
        a.serve();
        node(night).serve();

        await(() -> OpsTables.statuses(a.jdbc(), night).contains("COMPLETED"), Duration.ofSeconds(30));
        sleep(Duration.ofSeconds(5)); // both nodes fire every 2 s meanwhile, and both tried a catch-up on start

        assertThat(OpsTables.statuses(a.jdbc(), night)).containsExactly("COMPLETED");
        assertThat(OpsTables.instances(a.jdbc(), "nightly")).isEqualTo(1);
        assertThat(OpsTables.items(a.jdbc(), night)).isEqualTo(allItems());
    }

    @Test
    void aSecondStartOfARunningDateInAnotherInstanceIsRefused() throws Exception {
        LocalDate date = LocalDate.of(2030, 3, 3);
        Node a = node(date);
        OpsTables.reset(a.jdbc());
        Node b = node(date);
        TestNightlyJob.BLOCK_AT.set(12);
        CompletableFuture<JobOutcome> first = CompletableFuture.supplyAsync(() -> a.launcher().run("nightly", date, null, false));
        await(() -> OpsTables.items(a.jdbc(), date).size() == 10, Duration.ofSeconds(20));

        assertThatThrownBy(() -> b.launcher().run("nightly", date, null, false))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("nightly for 2030-03-03 is already running in another process (execution");
        assertThat(b.bean(StaleExecutionRecovery.class).recoverStale()).isEmpty();

        TestNightlyJob.RELEASE.get().countDown();
        assertThat(first.get(20, TimeUnit.SECONDS).succeeded()).isTrue();
        assertThat(b.launcher().run("nightly", date, null, false).alreadyComplete()).isTrue();
        assertThat(OpsTables.statuses(a.jdbc(), date)).containsExactly("COMPLETED");
    }

    @Test
    void killingTheNodeThatRunsTheNightLetsTheOtherFinishItFromItsLastCommit() throws Exception {
        LocalDate night = LocalDate.of(2030, 3, 10);
        Node survivor = node(night);
        JdbcTemplate jdbc = survivor.jdbc();
        OpsTables.reset(jdbc);
        child = startChildNode(night.atTime(12, 0), 12);
        await(() -> OpsTables.items(jdbc, night).size() == 10, Duration.ofSeconds(90),
                () -> OpsTables.items(jdbc, night) + " " + OpsTables.statuses(jdbc, night));
        assertThat(OpsTables.statuses(jdbc, night)).containsExactly("STARTED");

        survivor.serve();
        sleep(Duration.ofSeconds(2));
        assertThat(OpsTables.statuses(jdbc, night)).as("a live run is not taken over").containsExactly("STARTED");
        child.destroyForcibly(); // SIGKILL: no shutdown hook, the open chunk transaction is rolled back
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

        await(() -> OpsTables.statuses(jdbc, night).contains("COMPLETED"), Duration.ofSeconds(60));
        assertThat(OpsTables.statuses(jdbc, night)).containsExactly("FAILED", "COMPLETED");
        Long readOnRestart = jdbc.queryForObject("""
                SELECT s.read_count FROM batch_step_execution s
                WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
                """, Long.class);
        assertThat(readOnRestart).as("restarted from the last commit, not from the start").isEqualTo(10L);

        LocalDate undisturbed = night.minusDays(5);
        assertThat(survivor.launcher().run("nightly", undisturbed, null, false).succeeded()).isTrue();
        assertThat(OpsTables.items(jdbc, night)).isEqualTo(OpsTables.items(jdbc, undisturbed)).isEqualTo(allItems());
    }

    private Process startChildNode(LocalDateTime clock, int blockAt) throws Exception {
        Path log = Files.createTempFile("retention-node", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dretention.db.url=" + TestDatabase.url(),
                "-Dretention.db.user=postgres", "-Dretention.db.password=postgres",
                "-Dops.test.block-at=" + blockAt,
                NodeMain.class.getName(), clock.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("child node log: " + log);
        return process;
    }

    private Node node(LocalDate today) {
        Node node = Node.start(new MutableClock(today.atTime(12, 0)));
        nodes.add(node);
        return node;
    }

    private static List<Integer> allItems() {
        return IntStream.rangeClosed(1, TestNightlyJob.ITEMS).boxed().toList();
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
