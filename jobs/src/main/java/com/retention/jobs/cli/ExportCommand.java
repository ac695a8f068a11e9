package com.retention.jobs.cli;

import com.retention.jobs.exports.Exports;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.JobLaunchService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Re-write one output of a business date from the database.")
class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "WHAT",
            description = "call-lists, notifications, handover, orders, offers, scores or report")
    String what;

    @Option(names = "--date", paramLabel = "D", description = "Business date (default: today in the operator's time zone)")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: retention.output, ./out)")
    Path out;

    @Override
    public Integer call() {
        LocalDate day = date != null ? date : root.spring().bean(JobLaunchService.class).today();
        Path folder = out != null ? out : root.spring().bean(OutputProperties.class).output();
        root.spring().bean(Exports.class).export(what, day, folder);
        root.spec.commandLine().getOut().println("exported " + what + " for " + day + " under " + folder.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
