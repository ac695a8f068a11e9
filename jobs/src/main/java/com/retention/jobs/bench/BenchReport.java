package com.retention.jobs.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a bench run as a table: per job the flow's figures beside the baseline's, then the totals. */
public final class BenchReport {

    private static final String ROW = "%-11s %11s %11s %9s %10s %9s %12s %10s %8s  %s%n";
    private static final double MB = 1024.0 * 1024.0;

    private BenchReport() {
    }

    public static void print(BenchResult r, PrintWriter out) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Bench for %s: %,d subscribers (%,d active); heap max %.0f MB, %d CPUs, "
                        + "load average %s%n", r.date(), r.subscribers(), r.activeSubscribers(),
                runtime.maxMemory() / MB, runtime.availableProcessors(), loadAverage());
        if (r.loaded() > 0) {
            out.printf(Locale.ROOT, "Generated and loaded %,d rows in %.1f s.%n", r.loaded(), seconds(r.loadTook()));
        }
        out.printf(Locale.ROOT, ROW, "job", "rows in", "rows out", "flow s", "rows/s", "java cpu", "heap MB",
                "sql s", "flow/sql", "result");
        double comparedFlow = 0;
        double comparedSql = 0;
        for (FlowStep step : r.flow()) {
            Optional<BaselineRunner.StepTime> sql = r.baselineOf(step.job());
            String sqlSeconds = sql.map(s -> String.format(Locale.ROOT, "%.2f", seconds(s.took()))).orElse("-");
            String ratio = sql.map(s -> String.format(Locale.ROOT, "%.2f", step.seconds() / seconds(s.took())))
                    .orElse("-");
            if (sql.isPresent()) {
                comparedFlow += step.seconds();
                comparedSql += seconds(sql.get().took());
            }
            String result = !"COMPLETED".equals(step.status()) ? step.status()
                    : r.differenceOf(step.job()).map(BenchReport::verdict)
                            .orElse(sql.isPresent() ? "not compared (shifts are Java-only)" : "");
            out.printf(Locale.ROOT, ROW, step.job(), String.format(Locale.ROOT, "%,d", step.rowsIn()),
                    String.format(Locale.ROOT, "%,d", step.rowsOut()),
                    String.format(Locale.ROOT, "%.2f", step.seconds()),
                    String.format(Locale.ROOT, "%,.0f", step.rowsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", seconds(step.javaCpu())),
                    heap(step),
                    sqlSeconds, ratio, result);
        }
        out.printf(Locale.ROOT, "Whole flow: %.1f s (%s).%n", seconds(r.flowTook()),
                r.flow().stream().map(FlowStep::job).collect(Collectors.joining(", ")));
        printFloor(r, out);
        if (comparedSql > 0) {
            out.printf(Locale.ROOT, "Jobs with a baseline (%s): flow %.1f s, SQL baseline %.1f s, flow/sql %.2f.%n",
                    r.baseline().stream().map(BaselineRunner.StepTime::step).collect(Collectors.joining(", ")),
                    comparedFlow, comparedSql, comparedFlow / comparedSql);
            out.printf(Locale.ROOT, "Whole flow against the whole baseline: %.1f s against %.1f s, flow/sql %.2f "
                            + "(the flow also writes the call tasks, texts, files and the report).%n",
                    seconds(r.flowTook()), comparedSql, seconds(r.flowTook()) / comparedSql);
        }
        boolean callListsCompared = r.differences().stream().anyMatch(d -> d.step().equals("call-lists"));
        if (callListsCompared && r.differences().stream().noneMatch(d -> d.baselineTable().equals(ResultComparison.CANDIDATES))) {
            out.println("Call-list candidates not compared: D is not a first night (earlier candidates or marketing"
                    + " targets), and the SQL builds a first night's sources only.");
        }
        out.println("java cpu = seconds of CPU this JVM used during the job (its threads, JIT compilers, GC).");
        out.println("heap MB = peak of used heap, sampled / right after a collection (live data and old garbage; "
                + "- when no collection ran).");
        if (r.model() != null) {
            ModelBench.print(r.model(), r.flow().get(0), out);
        }
        r.differences().stream().filter(d -> !d.equal()).forEach(d -> printDifference(d, out));
        out.flush();
    }

    private static void printFloor(BenchResult r, PrintWriter out) {
        Floor.Part read = r.floor().read();
        Floor.Part write = r.floor().write();
        double floor = seconds(r.floor().took());
        out.printf(Locale.ROOT, "Floor: %,d input rows (%.0f MB) read once by COPY in %.1f s, %,d output rows (%.0f MB) "
                        + "written once by COPY in %.1f s: %.1f s; flow/floor %.2f.%n",
                read.rows(), read.bytes() / MB, seconds(read.took()), write.rows(), write.bytes() / MB,
                seconds(write.took()), floor, seconds(r.flowTook()) / floor);
    }

    private static String heap(FlowStep step) {
        String afterGc = step.heapAfterGcPeak() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", step.heapAfterGcPeak() / MB);
        return String.format(Locale.ROOT, "%.0f/%s", step.heapSampledPeak() / MB, afterGc);
    }

    private static String verdict(ResultComparison.Difference d) {
        return d.equal() ? "equal" : String.format(Locale.ROOT, "DIFFERENT: %,d rows only in the flow, %,d only in SQL",
                d.flowOnly(), d.baselineOnly());
    }

    private static void printDifference(ResultComparison.Difference d, PrintWriter out) {
        out.printf(Locale.ROOT, "%s (%s) differs; first rows only in the flow:%n", d.step(), d.baselineTable());
        d.firstFlowOnly().forEach(row -> out.println("  flow: " + line(row)));
        out.printf(Locale.ROOT, "first rows only in the SQL baseline:%n");
        d.firstBaselineOnly().forEach(row -> out.println("  sql:  " + line(row)));
    }

    private static String line(Map<String, Object> row) {
        return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }
}
