package com.retention.jobs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retention",
        mixinStandardHelpOptions = true,
        version = "retention-batch 0.1.0",
        description = "Nightly retention, dunning and outage-notification batch for a telecom operator.",
        footer = {"", "Spring settings pass through: --spring.config.additional-location=FILE, --retention.*=...",
                "Exit codes: 0 done, 1 a job failed (restartable), 2 bad usage or unreadable input."},
        subcommands = {DemoCommand.class, ImportCommand.class, RunCommand.class, ExportCommand.class,
                JobsCommand.class, ServeCommand.class, BenchCommand.class, UsersCommand.class,
                AuditCommand.class, ModelCommand.class})
public class RootCommand implements Runnable {

    private final ApplicationContextHolder spring;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and framework logs.")
    boolean verbose;

    RootCommand(ApplicationContextHolder spring) {
        this.spring = spring;
    }

    /** Public for the commands of feature packages (users, audit). */
    public ApplicationContextHolder spring() {
        return spring;
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
