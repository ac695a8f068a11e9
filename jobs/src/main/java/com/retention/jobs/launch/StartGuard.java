package com.retention.jobs.launch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job's refusal of a run of D that cannot succeed, asked before the run starts anew (a first run or
 * {@code --rerun}; a restart of a failed run goes on from its last commit and is not asked): it throws
 * a {@link com.retention.jobs.errors.UserInputException} saying why (exit 2), where the run would fail
 * as a job (exit 1, "restartable") though no restart could help.
 */
public interface StartGuard {

    void checkStart(String jobName, LocalDate date, Instant at);
}
