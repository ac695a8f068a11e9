package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly tables carry no foreign keys among themselves (V260): a candidate's offer, a task's and
 * a notification's candidate are kept by the order of the writes and deletes. After a night and after
 * every kind of re-run of its jobs, no row refers to one that is gone. (One task and one notification
 * per candidate at most: still unique indexes.)
 */
class NightlyRowsTest extends IntegrationTest {

    static final String D = "2026-11-23";

    /** Rows whose reference points at nothing, by kind; each must stay 0. */
    static final Map<String, String> DANGLING = Map.of(
            "candidate without its offer", """
                    SELECT count(*) FROM contact_candidate c
                    WHERE c.offer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.offer_id = c.offer_id)""",
            "task without its candidate", """
                    SELECT count(*) FROM call_task t
                    WHERE NOT EXISTS (SELECT 1 FROM contact_candidate c WHERE c.candidate_id = t.candidate_id)""",
            "notification without its candidate", """
                    SELECT count(*) FROM notification n
                    WHERE NOT EXISTS (SELECT 1 FROM contact_candidate c WHERE c.candidate_id = n.candidate_id)""",
            "task of another day than its candidate", """
                    SELECT count(*) FROM call_task t JOIN contact_candidate c USING (candidate_id)
                    WHERE c.business_date <> t.business_date""");

    @TempDir
    Path out;

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 4_000);
    }

    @Test
    void noRowOutlivesWhatItRefersToAcrossRunsAndReruns() {
        run("nightly");
        assertThat(count("SELECT count(*) FROM contact_candidate WHERE offer_id IS NOT NULL")).as("candidates with an offer").isPositive();
        assertThat(count("SELECT count(*) FROM call_task")).as("call tasks").isPositive();
        assertThat(count("SELECT count(*) FROM notification")).as("notifications").isPositive();
        assertNothingDangles("after the night");

        // Leavers since the night: a re-run of offers drops their offers, except those D's candidates refer to.
        assertThat(jdbc.update("""
                UPDATE subscriber SET status = 'TERMINATED' WHERE subscriber_id IN (
                    SELECT DISTINCT subscriber_id FROM contact_candidate WHERE offer_id IS NOT NULL ORDER BY subscriber_id LIMIT 5)""")).isEqualTo(5);
        for (String job : List.of("offers", "call-lists", "nightly")) {
            run(job, "--rerun");
            assertNothingDangles("after re-running " + job);
        }
    }

    private void assertNothingDangles(String when) {
        DANGLING.forEach((kind, sql) -> assertThat(count(sql)).as(kind + " " + when).isZero());
    }

    private void run(String job, String... more) {
        Cli.Result result = Cli.run(Stream.concat(Stream.of("run", job, "--date", D, "--retention.output=" + out),
                Stream.of(more)).toArray(String[]::new));
        assertThat(result.exitCode()).as(job + " " + String.join(" ", more) + ": " + result.err()).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
