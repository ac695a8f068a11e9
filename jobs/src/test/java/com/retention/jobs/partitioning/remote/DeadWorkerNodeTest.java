package com.retention.jobs.partitioning.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.ChildJvm;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker node killed (SIGKILL, its own JVM) in the middle of a range: the manager notices at once
 * that the range's node is gone (its lock is free, its request no longer queued), fails that range
 * while another node runs the rest, and the step fails within seconds instead of waiting for the
 * timeout (6 h here). The restart runs only that range again, on the surviving node, and the scores
 * equal a local run's. And a range given up on at the timeout while its node still runs it: that
 * node's next commit fails and nothing of it is written.
 */
class DeadWorkerNodeTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final long HOLD = 4242; // advisory lock the test holds to keep the child's first chunk from committing

    @Autowired
    JobLaunchService localLauncher;

    @Autowired
    JobRepository repository;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private Process child;

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 2_000);
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION hold_scores() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NEW; END $$
                """);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null) {
            child.destroyForcibly();
        }
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        jdbc.execute("DROP TRIGGER IF EXISTS hold_scores ON churn_score");
    }

    @Test
    void aRangeWhoseNodeDiesFailsAtOnceAndTheRestartRunsOnlyIt() throws Exception {
        RemoteNode manager = closeLater(RemoteNode.start("manager-node", 0, "6h"));
        RemoteNode survivor = closeLater(RemoteNode.start("survivor-node", 2, "6h"));
        Connection hold = closeLater(holdWrites());
        jdbc.execute("CREATE TRIGGER hold_scores BEFORE INSERT ON churn_score FOR EACH ROW EXECUTE FUNCTION hold_scores()");
        child = startChildWorker("doomed-node");

        CompletableFuture<JobOutcome> run = CompletableFuture.supplyAsync(() -> manager.launcher().run("scoring", D, null, false));
        await(() -> blockedWriters() == 1 && rangesOn("doomed-node", "STARTED") == 1, Duration.ofSeconds(90));

        child.destroyForcibly(); // SIGKILL: its sessions end, its open chunk is never committed
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        await(() -> blockedWriters() == 0, Duration.ofSeconds(10));
        jdbc.execute("DROP TRIGGER hold_scores ON churn_score");
        survivor.workers().ensureStarted();

        JobOutcome failed = run.get(30, TimeUnit.SECONDS); // far below the 6 h timeout: the death was noticed
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.failureLine()).contains("the node running this range stopped");
        assertThat(rangesOn("doomed-node", "FAILED")).isEqualTo(1);
        assertThat(rangesOn("survivor-node", "COMPLETED")).isEqualTo(RemoteNode.PARTITIONS - 1);

        JobOutcome restarted = manager.launcher().run("scoring", D, null, false);
        assertThat(restarted.succeeded()).as(restarted.describe()).isTrue();
        assertThat(jdbc.queryForList("""
                SELECT step_name FROM batch_step_execution
                WHERE job_execution_id = ? AND step_name LIKE 'scoringPartition:%'
                """, String.class, restarted.execution().getId())).as("only the dead node's range runs again").hasSize(1);
        assertThat(rangesOn("survivor-node", "COMPLETED")).isEqualTo(RemoteNode.PARTITIONS);
        List<Map<String, Object>> remote = scores();
        jdbc.update("DELETE FROM churn_score");
        assertThat(localLauncher.run("scoring", D, null, true).succeeded()).isTrue();
        assertThat(remote).hasSizeGreaterThan(1_900).isEqualTo(scores());
    }

    @Test
    void aRangeGivenUpOnAtTheTimeoutCannotCommitOnTheNodeStillRunningIt() throws Exception {
        RemoteNode slow = closeLater(RemoteNode.start("slow-node", 1, "6h"));
        RemoteNode impatient = closeLater(RemoteNode.start("impatient-node", 0, "3s"));
        Connection hold = closeLater(holdWrites());
        jdbc.execute("CREATE TRIGGER hold_scores BEFORE INSERT ON churn_score FOR EACH ROW EXECUTE FUNCTION hold_scores()");
        slow.workers().ensureStarted();

        JobOutcome failed = impatient.launcher().run("scoring", D, null, false);

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.failureLine()).contains("not finished within retention.batch.remote.timeout=PT3S");
        assertThat(blockedWriters()).as("slow-node is still inside its first chunk").isEqualTo(1);
        try (Statement statement = hold.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + HOLD + ")"); // its chunk may now try to commit
        }
        await(() -> jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'", Integer.class) == 0
                && jdbc.queryForObject("SELECT count(*) FROM int_channel_message", Integer.class) == 0,
                Duration.ofSeconds(30));

        assertThat(rangesOn("slow-node", "FAILED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM churn_score", Integer.class))
                .as("the chunk in flight was rolled back by the version check").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_step_execution WHERE status <> 'FAILED'"
                + " AND step_name LIKE 'scoringPartition:%'", Integer.class)).isZero();
    }

    /** Range executions in the given status that the node ran (its name in their context). */
    private int rangesOn(String node, String status) {
        return (int) jdbc.queryForList("SELECT step_execution_id FROM batch_step_execution"
                        + " WHERE step_name LIKE 'scoringPartition:%' AND status = ?", Long.class, status).stream()
                .map(id -> repository.getStepExecution(id))
                .filter(range -> node.equals(range.getExecutionContext().get(RangeRunner.NODE)))
                .count();
    }

    private int blockedWriters() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                Integer.class);
    }

    private List<Map<String, Object>> scores() {
        return jdbc.queryForList("SELECT * FROM churn_score ORDER BY business_date, subscriber_id");
    }

    private Process startChildWorker(String name) throws Exception {
        return ChildJvm.start("retention-worker", RemoteWorkerMain.class, name, "1");
    }

    /**
     * Takes the lock the trigger waits for, on a connection of its own outside the pool: closing it
     * ends the session and frees the lock whatever happened.
     */
    private Connection holdWrites() throws Exception {
        Connection hold = DriverManager.getConnection(TestDatabase.url(), "postgres", "postgres");
        try (Statement statement = hold.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + HOLD + ")");
        }
        return hold;
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        closing.add(resource);
        return resource;
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
