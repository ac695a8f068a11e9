package com.retention.jobs.cli;

import com.retention.jobs.delivery.DemoDelivery;
import com.retention.jobs.demo.DemoFiles;
import com.retention.jobs.demo.DemoLoadSummary;
import com.retention.jobs.demo.DemoLoader;
import com.retention.jobs.demo.DemoNightly;
import com.retention.jobs.demo.DemoOperator;
import com.retention.jobs.demo.DemoSpec;
import com.retention.jobs.demo.simulation.DemoSimulation;
import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.nightly.NightSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate a realistic operator (replacing the previous demo data) and run the nightly flow on it.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--subscribers", paramLabel = "N", defaultValue = "20000",
            description = "How many subscribers (default ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed: the same N and seed give the same operator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--date", paramLabel = "D", description = "Business date (default: today in the operator's time zone).")
    LocalDate date;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: retention.output, ./out).")
    Path out;

    @Option(names = "--days", paramLabel = "N",
            description = "Simulate N consecutive business days from D: each night's flow, the teams working their lists "
                    + "and handing them back through import outcomes, churn and payments (the same seed gives the same days).")
    Integer days;

    @Option(names = "--deliver",
            description = "Deliver the night's SMS and e-mail to a simulated SMSC and SMTP server on loopback, started "
                    + "inside the demo, and print submitted / delivered / failed per channel.")
    boolean deliver;

    @Option(names = "--import-files",
            description = "Also write the operator as import files (CSV, some with dirty rows) under DIR/demo-import.")
    boolean importFiles;

    @Override
    public Integer call() {
        if (days != null && (days < 1 || days > 366)) {
            throw new UserInputException("--days must be between 1 and 366, not " + days);
        }
        OperatorSize.checked(subscribers);
        root.spring().demo();
        String previousOutput = System.getProperty("retention.output");
        if (out != null) {
            // Read by the jobs' writers when the application starts, just below.
            System.setProperty("retention.output", out.toString());
        }
        try {
            return generateLoadAndRun();
        } finally {
            if (out != null) {
                restore(previousOutput);
            }
        }
    }

    private int generateLoadAndRun() {
        long started = System.nanoTime();
        PrintWriter console = root.spec.commandLine().getOut();
        ZoneId zone = root.spring().bean(OperatorProperties.class).timezone();
        LocalDate day = date != null ? date : root.spring().bean(JobLaunchService.class).today();
        DemoSpec spec = new DemoSpec(subscribers, seed, day, zone);
        console.printf(Locale.ROOT, "Demo operator: %,d subscribers, seed %d, business date %s (%s).%n",
                subscribers, seed, day, zone);
        console.println("Replacing the previous demo operator: operator and nightly tables emptied and reloaded "
                + "in one transaction.");
        DemoLoadSummary loaded = root.spring().bean(DemoLoader.class).load(new DemoOperator(spec));
        console.printf(Locale.ROOT, "Loaded %,d rows in %.1f s:%n", loaded.total(), loaded.took().toMillis() / 1000.0);
        for (DemoLoadSummary.TableLoad table : loaded.tables()) {
            console.printf(Locale.ROOT, "  %-12s %,12d rows  %6.1f s%n", table.table(), table.rows(),
                    table.took().toMillis() / 1000.0);
        }
        if (importFiles) {
            Path dir = (out != null ? out : Path.of("out")).resolve("demo-import");
            Map<String, Long> files = DemoFiles.write(dir, spec);
            console.printf(Locale.ROOT, "Import files in %s: %s%n", dir, files);
        }
        DemoNightly nightly = root.spring().bean(DemoNightly.class);
        List<JobOutcome> outcomes = nightly.run(day);
        outcomes.forEach(outcome -> console.println(outcome.describe()));
        if (outcomes.stream().allMatch(JobOutcome::succeeded)) {
            root.spring().bean(NightSummary.class).lines(day).forEach(console::println);
            if (deliver) {
                root.spring().bean(DemoDelivery.class).deliver(day).forEach(console::println);
            }
        }
        if (days != null && outcomes.stream().allMatch(JobOutcome::succeeded)) {
            // The simulation's failed night, if any, is reported like the first night's below.
            outcomes = new java.util.ArrayList<>(outcomes);
            root.spring().bean(DemoSimulation.class).run(day, days, seed, console::println, outcomes::add);
        }
        console.printf(Locale.ROOT, "Demo done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        for (JobOutcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                throw new JobFailedException(outcome.failureLine());
            }
        }
        return ExitCodes.OK;
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty("retention.output");
        } else {
            System.setProperty("retention.output", previous);
        }
    }
}
