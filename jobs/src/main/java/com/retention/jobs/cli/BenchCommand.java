package com.retention.jobs.cli;

import com.retention.jobs.delivery.sms.SmsBench;
import com.retention.jobs.bench.Bench;
import com.retention.jobs.bench.BenchReport;
import com.retention.jobs.bench.BenchResult;
import com.retention.jobs.demo.DemoSpec;
import com.retention.jobs.errors.JobFailedException;
import com.retention.jobs.launch.OperatorProperties;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: generate an operator (replacing the loaded one), run the nightly flow job by job, "
                + "run the same scoring, offers and dunning decisions as plain SQL, compare results and times.",
                "Exit code 1 when a job fails or the flow and the SQL baseline decide differently."})
class BenchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--subscribers", paramLabel = "N", defaultValue = "1000000",
            description = "How many subscribers to generate (default ${DEFAULT-VALUE}).")
    int subscribers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed of the generated operator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--date", paramLabel = "D", description = "Business date (default: today in the operator's time zone).")
    LocalDate date;

    @Option(names = "--skip-generate", description = "Bench the operator already loaded instead of generating one.")
    boolean skipGenerate;

    @Option(names = "--sms", paramLabel = "N",
            description = "Instead: SMS a second of the delivery to a loopback SMSC over N synthetic SMS (removed "
                    + "afterwards; the loaded operator is left as it is).")
    Integer sms;

    @Option(names = "--model", description = "Also train a learned model (horizon 30 days) and time the scoring job"
            + " with it beside the rule's.")
    boolean model;

    @Override
    public Integer call() {
        if (sms != null) {
            root.spec.commandLine().getOut().println(root.spring().bean(SmsBench.class).run(sms));
            return ExitCodes.OK;
        }
        OperatorSize.checked(subscribers);
        Bench bench = root.spring().bean(Bench.class);
        LocalDate day = date != null ? date : bench.today();
        DemoSpec spec = skipGenerate ? null
                : new DemoSpec(subscribers, seed, day, root.spring().bean(OperatorProperties.class).timezone());
        PrintWriter out = root.spec.commandLine().getOut();
        BenchResult result = bench.run(spec, day, out, model);
        BenchReport.print(result, out);
        if (!result.flowCompleted()) {
            throw new JobFailedException("the flow failed; see the table above");
        }
        if (!result.allEqual()) {
            throw new JobFailedException("the flow and the SQL baseline decided differently; see above");
        }
        return ExitCodes.OK;
    }
}
