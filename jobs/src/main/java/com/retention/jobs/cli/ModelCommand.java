package com.retention.jobs.cli;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.model.Algorithm;
import com.retention.jobs.model.ModelEvaluation;
import com.retention.jobs.model.ModelStore;
import com.retention.jobs.model.ModelTraining;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "model", mixinStandardHelpOptions = true,
        description = "The learned churn model (logistic regression, Tribuo) against the rule score.",
        subcommands = {ModelCommand.Evaluate.class, ModelCommand.Train.class, ModelCommand.ListModels.class,
                ModelCommand.Promote.class})
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

        @Option(names = "--algorithm", defaultValue = "lr", paramLabel = "lr|gbt",
                description = "lr: logistic regression (default); gbt: gradient-boosted trees (XGBoost).")
        String algorithm;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate today = LocalDate.now(model.root.spring().bean(OperatorProperties.class).timezone());
            model.root.spring().bean(ModelEvaluation.class).evaluate(file, label, id, mapping, today, Algorithm.parse(algorithm))
                    .lines().forEach(out::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train the learned model on snapshots of the subscribers' facts at past business dates,"
                    + " labelled by termination within the horizon; validate on the newest snapshot beside the rule"
                    + " score; store it (promoted when it beats the rule score by retention.model.promote-margin)."})
    static class Train implements Callable<Integer> {

        @ParentCommand
        ModelCommand model;

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "D",
                description = "The last day whose terminations are known (default: today); snapshots end a horizon before it.")
        LocalDate asOf;

        @Option(names = "--horizon", defaultValue = "30", paramLabel = "DAYS",
                description = "Left within this many days after a snapshot: 30, 60 or 90 (default 30).")
        int horizon;

        @Option(names = "--algorithm", defaultValue = "lr", paramLabel = "lr|gbt",
                description = "lr: logistic regression (default); gbt: gradient-boosted trees (XGBoost).")
        String algorithm;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Algorithm how = Algorithm.parse(algorithm);
            LocalDate d = asOf != null ? asOf
                    : LocalDate.now(model.root.spring().bean(OperatorProperties.class).timezone());
            model.root.spring().bean(ModelTraining.class).train(d, horizon, how).lines().forEach(out::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The stored models and their validation figures.")
    static class ListModels implements Callable<Integer> {

        @ParentCommand
        ModelCommand model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<ModelStore.StoredModel> models = model.root.spring().bean(ModelStore.class).list();
            if (models.isEmpty()) {
                out.println("no models yet ('retention model train' trains one)");
                return ExitCodes.OK;
            }
            out.println(String.format(Locale.ROOT, "%4s  %-9s %-10s %-10s %7s %9s %10s %9s %8s %8s %9s  %s", "id", "algorithm",
                    "trained", "as-of", "horizon", "train", "validate", "AUC", "rule AUC", "lift", "rule lift", "promoted"));
            for (ModelStore.StoredModel m : models) {
                out.println(String.format(Locale.ROOT, "%4d  %-9s %-10s %-10s %7d %9d %10d %9.3f %8.3f %8.2f %9.2f  %s", m.id(),
                        m.algorithm(), m.trainedAt().toLocalDate(), m.asOf(), m.horizonDays(), m.trainingRows(), m.validationRows(),
                        m.auc(), m.ruleAuc(), m.lift(), m.ruleLift(), m.promotedAt() == null ? "-" : "yes"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true,
            description = "Make model ID the one scoring uses (the one promoted before steps back).")
    static class Promote implements Callable<Integer> {

        @ParentCommand
        ModelCommand model;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The model's id shown by 'retention model list'.")
        long id;

        @Override
        public Integer call() {
            model.root.spring().bean(ModelStore.class).promote(id);
            spec.commandLine().getOut().println("model " + id + " promoted");
            return ExitCodes.OK;
        }
    }
}
