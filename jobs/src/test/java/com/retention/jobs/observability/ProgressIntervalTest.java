package com.retention.jobs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code retention.progress.interval} decides how often a running step prints its progress line. */
class ProgressIntervalTest extends IntegrationTest {

    @Test
    void aShortIntervalPrintsAfterEveryChunkAndALongOneNotAtAll() {
        GeneratedOperator.create(jdbc, 2000);

        long everyChunk = progressLines("--retention.progress.interval=0s");
        long hourly = progressLines("--retention.progress.interval=1h", "--rerun");

        assertThat(everyChunk).as("about 20 chunks of 100 over two ranges").isGreaterThanOrEqualTo(10);
        assertThat(hourly).isZero();
    }

    /** The scoring worker's progress lines on the console while scoring runs with these settings. */
    private static long progressLines(String... settings) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[5 + settings.length];
            System.arraycopy(new String[] {"run", "scoring", "--date", "2026-11-23", "--retention.batch.chunk-size=100"},
                    0, args, 0, 5);
            System.arraycopy(settings, 0, args, 5, settings.length);
            Cli.Result result = Cli.run(args);
            assertThat(result.exitCode()).as(result.err()).isZero();
        } finally {
            System.setOut(console);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        console.print(text);
        return text.lines().filter(line -> line.contains("scoringPartition:partition") && line.contains("items/s"))
                .count();
    }
}
