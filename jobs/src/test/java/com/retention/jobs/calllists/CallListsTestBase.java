package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Call-list tests share one context: outputs under target/, RETENTION_B2B cut to 2 calls a day (to
 * see carry-over with a handful of subscribers) and policy chunks of 3 candidates, so that every
 * test also runs the phone-partitioned policy across several chunks.
 */
@TestPropertySource(properties = {
        "retention.output=target/call-lists-test-out",
        "retention.teams.lists[RETENTION_B2B].agents=1",
        "retention.teams.lists[RETENTION_B2B].hours=1",
        "retention.teams.lists[RETENTION_B2B].calls-per-hour=2",
        "retention.contact.policy-chunk=3"})
abstract class CallListsTestBase extends IntegrationTest {

    @Autowired
    JobLaunchService launcher;

    @Autowired
    OutputProperties output;

    SmallOperator operator;

    @BeforeEach
    void smallOperator() {
        operator = new SmallOperator(jdbc);
    }

    void runCallLists(LocalDate date) {
        JobOutcome outcome = launcher.run("call-lists", date, null, true);
        assertThat(outcome.succeeded()).as(outcome.describe() + "\n" + (outcome.succeeded() ? "" : outcome.failureLine()))
                .isTrue();
    }

    Path out(String relative) {
        return output.output().resolve(relative);
    }

    /** The data lines of a CSV output (header dropped). */
    List<String> lines(String relative) {
        try {
            List<String> all = Files.readAllLines(out(relative));
            return all.subList(1, all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
