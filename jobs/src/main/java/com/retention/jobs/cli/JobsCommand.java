package com.retention.jobs.cli;

import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.launch.JobHistory;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List job runs with status, counts and duration.",
        subcommands = JobsCommand.Restart.class)
class JobsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--limit", defaultValue = "30", description = "How many runs to show, newest first (default 30).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = root.spec.commandLine().getOut();
        root.spring().bean(JobHistory.class).recent(limit).forEach(run -> out.println(run.line()));
        return ExitCodes.OK;
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restart a failed or stopped run from where it stopped.")
    static class Restart implements Callable<Integer> {

        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "ID", description = "The execution id shown by 'retention jobs'.")
        long executionId;

        @Override
        public Integer call() {
            JobOutcome outcome = jobs.root.spring().bean(JobLaunchService.class).restart(executionId);
            jobs.root.spec.commandLine().getOut().println(outcome.describe());
            if (!outcome.succeeded()) {
                throw new JobFailedException(outcome.failureLine());
            }
            return ExitCodes.OK;
        }
    }
}
