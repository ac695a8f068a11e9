package com.retention.jobs.scheduling;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;

/**
 * How a Quartz fire starts a dated job: a failed run is logged with its cause (it restarts from its
 * last commit on the next fire or by hand), a refusal (the date runs elsewhere) is logged as such, and
 * nothing escapes to Quartz, which would only log it again.
 */
final class ScheduledLaunch {

    private ScheduledLaunch() {
    }

    /** @param what the run as the log names it, e.g. {@code outages at 2026-11-22T11:15:00Z} */
    static void run(JobLaunchService launcher, String job, LocalDate date, Instant at, String what, Logger log) {
        try {
            JobOutcome outcome = launcher.run(job, date, at, false);
            if (!outcome.succeeded()) {
                log.error(outcome.failureLine());
            }
        } catch (UserInputException refused) {
            log.info("{} not started: {}", what, refused.getMessage());
        } catch (RuntimeException e) {
            log.error("{} could not run: {}", what, e.getMessage(), e);
        }
    }
}
