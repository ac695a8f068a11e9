package com.retention.jobs.partitioning.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scoring job of a generated operator, its manager on one node and its ranges run by another
 * node (a separate application context with its own pool and workers, on the same PostgreSQL; the
 * manager node has no workers of its own): every range runs exactly once, on the other node, and the
 * scores equal those of a run on local threads in the test's own context (remote partitioning off).
 */
class RemotePartitioningTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final int SUBSCRIBERS = 2_000;

    static RemoteNode manager;
    static RemoteNode impatientManager;
    static RemoteNode worker;

    @Autowired
    JobLaunchService localLauncher;

    @BeforeAll
    static void nodes() {
        manager = RemoteNode.start("manager-node", 0, "6h");
        impatientManager = RemoteNode.start("impatient-node", 0, "2s");
        worker = RemoteNode.start("worker-node", 2, "6h");
    }

    @AfterAll
    static void stopNodes() {
        for (RemoteNode node : new RemoteNode[] {manager, impatientManager, worker}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, SUBSCRIBERS);
        worker.workers().ensureStarted();
    }

    @Test
    void everyRangeRunsOnceOnTheWorkerNodeAndTheScoresEqualALocalRun() {
        JobOutcome outcome = manager.launcher().run("scoring", D, null, false);

        assertThat(outcome.succeeded()).as(outcome.describe()).isTrue();
        List<StepExecution> ranges = ranges(outcome.execution().getId());
        assertThat(ranges).extracting(StepExecution::getStepName).containsExactlyInAnyOrder(
                "scoringPartition:partition0", "scoringPartition:partition1",
                "scoringPartition:partition2", "scoringPartition:partition3");
        assertThat(ranges).allSatisfy(range -> {
            assertThat(range.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(range.getExecutionContext().getString(RangeRunner.NODE)).isEqualTo("worker-node");
        });
        long active = jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class);
        assertThat(ranges.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(active);
        assertThat(ranges).allSatisfy(range -> assertThat(range.getReadCount()).isPositive());
        assertThat(managerReadCount(outcome.execution().getId())).isEqualTo(active);
        assertThat(queued()).isZero();

        assertThat(scores()).hasSize((int) active).isEqualTo(localScores());
    }

    @Test
    void rangesNobodyTakesFailTheStepAtTheTimeoutAndARestartResendsThemAndFinishes() {
        worker.workers().stop();
        JobOutcome failed = impatientManager.launcher().run("scoring", D, null, false);

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.failureLine()).contains("not finished within retention.batch.remote.timeout=PT2S");
        assertThat(ranges(failed.execution().getId())).hasSize(RemoteNode.PARTITIONS)
                .allSatisfy(range -> assertThat(range.getStatus()).isEqualTo(BatchStatus.FAILED));
        assertThat(queued()).as("the requests outlive the step").isEqualTo(RemoteNode.PARTITIONS);

        worker.workers().ensureStarted();
        JobOutcome restarted = manager.launcher().run("scoring", D, null, false);

        assertThat(restarted.succeeded()).as(restarted.describe()).isTrue();
        assertThat(restarted.execution().getJobInstance().getInstanceId())
                .isEqualTo(failed.execution().getJobInstance().getInstanceId());
        assertThat(ranges(restarted.execution().getId())).hasSize(RemoteNode.PARTITIONS).allSatisfy(range -> {
            assertThat(range.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(range.getExecutionContext().getString(RangeRunner.NODE)).isEqualTo("worker-node");
        });
        assertThat(ranges(failed.execution().getId())).as("the stale requests were dropped, not run")
                .allSatisfy(range -> assertThat(range.getStatus()).isEqualTo(BatchStatus.FAILED));
        assertThat(queued()).isZero();
        assertThat(scores()).isEqualTo(localScores());
    }

    /** The range executions of a job execution, read back through the job repository (with their contexts). */
    private List<StepExecution> ranges(long jobExecutionId) {
        return jdbc.queryForList("""
                SELECT step_execution_id FROM batch_step_execution
                WHERE job_execution_id = ? AND step_name LIKE 'scoringPartition:%'
                """, Long.class, jobExecutionId).stream()
                .map(id -> manager.jobRepository().getStepExecution(id)).toList();
    }

    private long managerReadCount(long jobExecutionId) {
        return jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE job_execution_id = ?"
                + " AND step_name = 'scoringStep'", Long.class, jobExecutionId);
    }

    private int queued() {
        return jdbc.queryForObject("SELECT count(*) FROM int_channel_message", Integer.class);
    }

    private List<Map<String, Object>> scores() {
        return jdbc.queryForList("SELECT * FROM churn_score ORDER BY business_date, subscriber_id");
    }

    /** The same day scored again on this context's local threads (remote partitioning off here). */
    private List<Map<String, Object>> localScores() {
        jdbc.update("DELETE FROM churn_score");
        JobOutcome local = localLauncher.run("scoring", D, null, true);
        assertThat(local.succeeded()).as(local.describe()).isTrue();
        assertThat(ranges(local.execution().getId())).as("the reference run is local").isNotEmpty()
                .allSatisfy(range -> assertThat(range.getExecutionContext().containsKey(RangeRunner.NODE)).isFalse());
        return scores();
    }
}
