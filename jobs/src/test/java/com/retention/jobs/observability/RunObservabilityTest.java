package com.retention.jobs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.retention.jobs.imports.ImportService;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Every job's steps, also those built inside a job's bean method (the import jobs', the nightly's
 * job steps), count their items in {@code retention.batch.items} and run with job, step and date in
 * the logging context; chunk steps print progress lines, with the time left where the total is known.
 */
@TestPropertySource(properties = {"retention.progress.interval=0s", "retention.batch.chunk-size=100",
        "retention.batch.partitions=2"})
class RunObservabilityTest extends IntegrationTest {

    private static final Path OUT = tempDir();
    private static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    MeterRegistry meters;
    @Autowired
    ImportService imports;
    @Autowired
    JobLaunchService launcher;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @DynamicPropertySource
    static void output(DynamicPropertyRegistry registry) {
        registry.add("retention.output", OUT::toString);
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        root().addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(logs);
    }

    @Test
    void anImportStepCountsItsRowsAndLogsWithItsStepName() throws IOException {
        Path file = OUT.resolve("tariffs.csv");
        Files.writeString(file, "tariff_code,name,monthly_fee,status\n" + IntStream.rangeClosed(1, 5000)
                .mapToObj(i -> "T" + i + ",Tariff " + i + "," + (100 + i % 500) + ",ACTIVE")
                .collect(Collectors.joining("\n")) + "\n");

        imports.importFile("tariffs", file, false);

        assertThat(items("import-tariffs", "import-tariffs-rows", "read")).isEqualTo(5000.0);
        assertThat(items("import-tariffs", "import-tariffs-rows", "written")).isEqualTo(5000.0);
        assertThat(meters.find("retention.batch.items").tags("job", "import-tariffs", "step", "import-tariffs-report")
                .counters()).isNotEmpty();
        List<ILoggingEvent> progress = progressLines("import-tariffs-rows");
        assertThat(progress).as("a line after each chunk of 2000 at interval 0s").hasSizeGreaterThanOrEqualTo(1);
        assertThat(progress.get(0).getFormattedMessage()).matches("import-tariffs-rows: \\d+ read, \\d+ written, \\d+ items/s");
        assertThat(progress.get(0).getMDCPropertyMap()).containsEntry(JobRunListener.JOB, "import-tariffs")
                .containsEntry(JobRunListener.STEP, "import-tariffs-rows");
    }

    @Test
    void theNightlysJobStepsTheJobsTheyRunAndTheirPartitionsAreCountedAndNamedInTheLog() {
        GeneratedOperator.create(jdbc, 1000);

        assertThat(launcher.runAfresh("nightly", D, null).succeeded()).isTrue();

        long active = jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class);
        assertThat(items("scoring", "scoringPartition:partition0", "read")
                + items("scoring", "scoringPartition:partition1", "read")).isEqualTo((double) active);
        assertThat(items("scoring", "scoringStep", "written")).isEqualTo((double) active);
        for (String step : List.of("fulfilment", "scoring", "offers", "dunning", "outages", "call-lists", "exports",
                "report")) {
            assertThat(meters.find("retention.batch.items").tags("job", "nightly", "step", step).counters())
                    .as("nightly step " + step).hasSize(3);
        }
        assertThat(meters.find("retention.batch.items").tags("job", "call-lists", "step", "policy").counters())
                .isNotEmpty();
        assertThat(items("outages", "outagesStep", "read")).isPositive();

        List<ILoggingEvent> scoring = progressLines("scoringPartition:partition0");
        assertThat(scoring).as("about 5 chunks of 100").hasSizeGreaterThanOrEqualTo(2);
        assertThat(scoring.get(scoring.size() - 1).getFormattedMessage())
                .matches("scoringPartition:partition0: \\d+ read, \\d+ written, \\d+ items/s, \\d+% of \\d+, about .+ left");
        assertThat(scoring.get(0).getMDCPropertyMap()).containsEntry(JobRunListener.JOB, "scoring")
                .containsEntry(JobRunListener.DATE, D.toString());
        ILoggingEvent night = logs.list.stream().filter(e -> e.getFormattedMessage().startsWith("Night of " + D))
                .findFirst().orElseThrow();
        assertThat(night.getMDCPropertyMap()).as("the nightly's context is back after its inner jobs")
                .containsEntry(JobRunListener.JOB, "nightly").doesNotContainKey(JobRunListener.STEP);
    }

    private double items(String job, String step, String kind) {
        return meters.get("retention.batch.items").tags("job", job, "step", step, "kind", kind).counter().count();
    }

    private List<ILoggingEvent> progressLines(String step) {
        return logs.list.stream().filter(e -> e.getLoggerName().equals(ProgressListener.class.getName()))
                .filter(e -> e.getFormattedMessage().startsWith(step + ": ")).toList();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("retention-observability");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
