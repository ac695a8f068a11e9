package com.retention.jobs.calllists.candidates;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.StartGuard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A run of D's call lists that starts anew (alone or in the night, a first run or a re-run) rebuilds
 * them, which would drop the outcomes, orders and pauses already imported for D's tasks: refused
 * before it starts, in one line, rather than failing as a job a restart cannot mend. An intraday run
 * ({@code --at}) only tops the lists up.
 */
@Component
class WorkedListsGuard implements StartGuard {

    private static final Set<String> REBUILDING = Set.of("call-lists", "nightly");

    private final CandidateMapper candidates;

    WorkedListsGuard(CandidateMapper candidates) {
        this.candidates = candidates;
    }

    @Override
    public void checkStart(String jobName, LocalDate date, Instant at) {
        if (at != null || !REBUILDING.contains(jobName)) {
            return;
        }
        int worked = candidates.countWorkedTasks(date);
        if (worked > 0) {
            throw new UserInputException(jobName + " for " + date + " cannot run again: the call lists of " + date
                    + " already have " + worked + " imported outcomes, which a rebuild would drop; new requests to"
                    + " leave are added with: retention run call-lists --date " + date + " --at TIME");
        }
    }
}
