package com.retention.jobs.cli;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.model.ModelEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "The learned churn model (logistic regression, Tribuo) against the rule score.",
        subcommands = {ModelCommand.Evaluate.class})
public class ModelCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Cross-validate the learned model on an external file with real outcomes (CSV or XLSX,"
                    + " a header row) and print its ROC AUC and the rule score's on the same rows (lines 'AUC')."})
    static class Evaluate implements Callable<Integer> {

        @ParentCommand
        ModelCommand model;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, paramLabel = "F", description = "The labelled file.")
        Path file;

        @Option(names = "--label", required = true, paramLabel = "COLUMN=VALUE",
                description = "The outcome column and the value that means the subscriber left, e.g. Churn=Yes.")
        String label;

        @Option(names = "--id", paramLabel = "COLUMN", description = "A column that identifies a row: not a feature.")
        String id;

        @Option(names = "--mapping", paramLabel = "M",
                description = "fact=COLUMN,... : the columns holding the rule score's facts (tenure-months,"
                        + " last-month-charge, total-charges, legacy-tariff, saving-share, tickets, complaint,"
                        + " outage-hours, overdue, max-days-late); unmapped facts are unknown.")
        String mapping;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate today = LocalDate.now(model.root.spring().bean(OperatorProperties.class).timezone());
            model.root.spring().bean(ModelEvaluation.class).evaluate(file, label, id, mapping, today)
                    .lines().forEach(out::println);
            return ExitCodes.OK;
        }
    }
}
