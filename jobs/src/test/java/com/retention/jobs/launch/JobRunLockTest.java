package com.retention.jobs.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Run locks across sessions: each held lock is its own connection, as in another process. */
class JobRunLockTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2031, 5, 6);

    @Autowired
    JobRunLock locks;

    @Test
    void whileTheNightOfDRunsNoJobOfDStartsOnItsOwnButIntradayAndOtherDatesDo() {
        try (JobRunLock.Held night = locks.tryAcquire("nightly", D, null).orElseThrow()) {
            assertThat(free("scoring", D, null)).isFalse();
            assertThat(free("nightly", D, null)).isFalse();
            assertThat(free("scoring", D.plusDays(1), null)).isTrue();
            assertThat(free("outages", D, Instant.parse("2031-05-06T11:15:00Z"))).isTrue();
        }
        assertThat(free("scoring", D, null)).isTrue();
    }

    @Test
    void jobsOfOneDateRunSideBySideAndKeepTheNightOut() {
        try (JobRunLock.Held scoring = locks.tryAcquire("scoring", D, null).orElseThrow()) {
            assertThat(free("offers", D, null)).isTrue();
            assertThat(free("scoring", D, null)).isFalse();
            assertThat(free("nightly", D, null)).isFalse();
        }
        assertThat(free("nightly", D, null)).isTrue();
    }

    /** Whether the lock can be taken now; it is given back at once. */
    private boolean free(String job, LocalDate date, Instant at) {
        Optional<JobRunLock.Held> lock = locks.tryAcquire(job, date, at);
        lock.ifPresent(JobRunLock.Held::close);
        return lock.isPresent();
    }
}
