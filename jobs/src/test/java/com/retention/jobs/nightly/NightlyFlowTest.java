package com.retention.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole night end to end, as a user runs it: every output of D, and a re-run that changes nothing. */
class NightlyFlowTest extends IntegrationTest {

    private static final String D = "2026-11-23";

    @TempDir
    Path out;

    @Test
    void theDemoWritesEveryOutputOfTheDateAndARerunRewritesThemIdentically() {
        Cli.Result demo = Cli.run("demo", "--subscribers", "1500", "--seed", "11", "--date", D, "--out", out.toString());

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("nightly for " + D + ": COMPLETED", "What the night of " + D + " decided:",
                "subscribers scored", "call tasks");
        assertThat(out.resolve("call-lists/" + D + "/RETENTION_B2C.xlsx")).isRegularFile();
        assertThat(out.resolve("call-lists/" + D + "/dialer.csv")).isRegularFile();
        assertThat(out.resolve("notifications/" + D + "/outbox.csv")).isRegularFile();
        assertThat(out.resolve("handover/" + D + "/collections.csv")).isRegularFile();
        assertThat(out.resolve("exports/" + D + "/scores.csv")).isRegularFile();
        assertThat(out.resolve("exports/" + D + "/offers.csv")).isRegularFile();
        assertThat(out.resolve("reports/" + D + "/campaign-report.xlsx")).isRegularFile();
        Map<String, byte[]> first = contents(out);
        Map<String, Long> tables = tableCounts();

        Cli.Result again = Cli.run("run", "nightly", "--date", D);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed");

        // the demo's contact centres are the demo profile's (README, "Shifts and regional centres")
        Cli.Result rerun = Cli.run("run", "nightly", "--date", D, "--rerun", "--retention.output=" + out,
                "--spring.profiles.active=demo");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(contents(out)).containsOnlyKeys(first.keySet());
        first.forEach((file, bytes) -> assertThat(contents(out).get(file)).as(file).isEqualTo(bytes));
        assertThat(tableCounts()).isEqualTo(tables);
    }

    private Map<String, Long> tableCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : new String[] {"churn_score", "offer", "dunning_case", "outage_notice", "contact_candidate",
                "call_task", "notification"}) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private static Map<String, byte[]> contents(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, byte[]> contents = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
