package com.retention.jobs.scheduling;

import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.OperatorProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The save desk's intraday top-up under {@code serve} (README, "Save desk"): {@code run call-lists --date D
 * --at T} for the requests to leave opened since the night, once D's lists are built and while nothing
 * rebuilds them (the night of D or a re-run of its call lists), so a top-up never races a rebuild.
 */
@Component
public class SaveDeskTopUp {

    static final String CALL_LISTS = "call-lists";
    private static final Logger log = LoggerFactory.getLogger(SaveDeskTopUp.class);

    private final JobLaunchService launcher;
    private final JobHistory history;
    private final OperatorProperties operator;

    SaveDeskTopUp(JobLaunchService launcher, JobHistory history, OperatorProperties operator) {
        this.launcher = launcher;
        this.history = history;
        this.operator = operator;
    }

    /** @return whether a top-up ran (it may have added nothing) */
    public boolean run(Instant at) {
        LocalDate date = at.atZone(operator.timezone()).toLocalDate();
        if (!history.builtAndIdle(CALL_LISTS, date)) {
            log.info("save desk top-up at {} not started: the call lists of {} are not built yet, or being built", at,
                    date);
            return false;
        }
        ScheduledLaunch.run(launcher, CALL_LISTS, date, at, "save desk top-up at " + at, log);
        return true;
    }
}
