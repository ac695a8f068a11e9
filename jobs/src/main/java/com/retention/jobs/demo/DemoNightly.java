package com.retention.jobs.demo;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly flow on the demo operator. Always as a re-run, so a second demo on the same
 * date decides again over the new data instead of answering "already completed".
 */
@Component
public class DemoNightly {

    public static final String NIGHTLY = "nightly";

    private final JobLaunchService launcher;

    public DemoNightly(JobLaunchService launcher) {
        this.launcher = launcher;
    }

    /** The night's outcome, as a list so a multi-day simulation can add its nights after it. */
    public List<JobOutcome> run(LocalDate date) {
        return List.of(launcher.runAfresh(NIGHTLY, date, null));
    }

    /** The quality sample of a month the simulation worked in, anew over this demo's outcomes. */
    public JobOutcome qualitySample(YearMonth month) {
        return launcher.runAfresh(JobLaunchService.MONTHLY_QA, month.atDay(1), null);
    }
}
