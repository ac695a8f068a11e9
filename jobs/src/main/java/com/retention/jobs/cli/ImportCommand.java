package com.retention.jobs.cli;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.imports.ImportSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import one input file (CSV or XLSX): retention import KIND FILE.",
            "Bad rows go to FILE.rejects.csv; the good rows load. Importing the same file again changes nothing."})
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "KIND",
            description = "tariffs, areas, subscribers, usage, invoices, payments, tickets, outages, dnc, targets or outcomes")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The CSV or XLSX file.")
    Path file;

    @Option(names = "--rerun", description = "Import a file that was imported already once more (nothing changes unless the data did).")
    boolean rerun;

    @Override
    public Integer call() {
        ImportSummary summary = root.spring().bean(ImportService.class).importFile(kind, file, rerun);
        root.spec.commandLine().getOut().println(summary.line());
        return ExitCodes.OK;
    }
}
