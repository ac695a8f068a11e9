package com.retention.jobs.demo;

import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly flow on the demo operator as far as it is built: {@code nightly} when it exists,
 * otherwise each step that exists, in flow order. Always as a re-run, so a second demo on the same
 * date decides again over the new data instead of answering "already completed".
 */
@Component
public class DemoNightly {

    public static final String NIGHTLY = "nightly";
    public static final List<String> STEPS = List.of("scoring", "offers", "dunning", "outages", "call-lists", "report");

    private final JobLaunchService launcher;

    public DemoNightly(JobLaunchService launcher) {
        this.launcher = launcher;
    }

    /** The jobs the demo will run, in order; empty while none of them exists. */
    public List<String> plan() {
        if (launcher.jobNames().contains(NIGHTLY)) {
            return List.of(NIGHTLY);
        }
        return STEPS.stream().filter(launcher.jobNames()::contains).toList();
    }

    /** Runs the plan, stopping at the first failed job (later steps need its output). */
    public List<JobOutcome> run(LocalDate date) {
        List<JobOutcome> outcomes = new ArrayList<>();
        for (String job : plan()) {
            JobOutcome outcome = launcher.run(job, date, null, true);
            outcomes.add(outcome);
            if (!outcome.succeeded()) {
                break;
            }
        }
        return outcomes;
    }
}
