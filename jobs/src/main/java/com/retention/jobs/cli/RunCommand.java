package com.retention.jobs.cli;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.nightly.NightSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the nightly flow or one of its steps for a business date.")
class RunCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "JOB",
            description = "nightly, scoring, offers, dunning, outages, call-lists, report, deliver or qa-sample")
    String job;

    @Option(names = "--date", paramLabel = "D", description = "Business date (default: today in the operator's time zone)")
    LocalDate date;

    @Option(names = "--at", paramLabel = "T",
            description = "Reference time for an intraday outage run, e.g. 2026-11-22T14:30 (default: now)")
    String at;

    @Option(names = "--month", paramLabel = "M",
            description = "The month of qa-sample, e.g. 2026-11 (default: the month before today)")
    YearMonth month;

    @Option(names = "--rerun", description = "Run a date that already completed once more (the result is the same).")
    boolean rerun;

    @Override
    public Integer call() {
        JobLaunchService launcher = root.spring().bean(JobLaunchService.class);
        launcher.checkDatedJob(job);
        Instant reference = at == null ? null : launcher.parseReferenceTime(at);
        JobOutcome outcome = launcher.run(job, businessDate(launcher), reference, rerun);
        root.spec.commandLine().getOut().println(outcome.describe());
        if (!outcome.succeeded()) {
            throw new JobFailedException(outcome.failureLine());
        }
        if (job.equals("nightly") && !outcome.alreadyComplete()) {
            root.spring().bean(NightSummary.class).lines(date == null ? launcher.today() : date)
                    .forEach(root.spec.commandLine().getOut()::println);
        }
        return ExitCodes.OK;
    }

    /** A month's job runs under its first day; the others under --date, else today. */
    private LocalDate businessDate(JobLaunchService launcher) {
        if (job.equals(JobLaunchService.MONTHLY_QA)) {
            if (date != null) {
                throw new UserInputException("qa-sample takes --month M (e.g. 2026-11), not --date");
            }
            return (month == null ? YearMonth.from(launcher.today()).minusMonths(1) : month).atDay(1);
        }
        if (month != null) {
            throw new UserInputException("--month is for qa-sample; " + job + " takes --date D");
        }
        return date == null ? launcher.today() : date;
    }
}
