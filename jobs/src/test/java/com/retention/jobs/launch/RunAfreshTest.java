package com.retention.jobs.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.InjectedFailure;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo and bench replace the data, then run D again: from the start, never from a failed run's position. */
class RunAfreshTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    JobLaunchService launcher;

    @AfterEach
    void noTriggerLeftBehind() {
        InjectedFailure.remove(jdbc, "churn_score");
    }

    @Test
    void aFailedRunOfDIsAbandonedAndDRunsWholeAgain() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 3_000);
        long active = jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class);
        InjectedFailure.atRow(jdbc, "churn_score", 2_500);
        JobOutcome failed = launcher.run("scoring", D, null, false);
        assertThat(failed.succeeded()).isFalse();
        InjectedFailure.remove(jdbc, "churn_score");

        JobOutcome afresh = launcher.runAfresh("scoring", D, null);

        assertThat(afresh.succeeded()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                failed.execution().getId())).isEqualTo(BatchStatus.ABANDONED.name());
        assertThat(afresh.execution().getJobInstance().getId()).isNotEqualTo(failed.execution().getJobInstance().getId());
        assertThat(jdbc.queryForObject("SELECT sum(read_count) FROM batch_step_execution WHERE job_execution_id = ?"
                + " AND step_name LIKE 'scoringPartition:%'", Long.class, afresh.execution().getId()))
                .as("every subscriber read again, not only the failed run's remainder").isEqualTo(active);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM churn_score", Long.class)).isEqualTo(active);
    }
}
