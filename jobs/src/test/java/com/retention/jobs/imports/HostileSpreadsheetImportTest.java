package com.retention.jobs.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.retention.jobs.cli.ExitCodes;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Apache POI's broken and hostile spreadsheets (in ../shared, never copied here), each given to
 * {@code import subscribers}: none holds the subscriber columns, so every one must be refused whole,
 * in one line, with exit 2, within a minute, and with nothing written.
 */
class HostileSpreadsheetImportTest extends IntegrationTest {

    static final String OVERRIDE = "retention.hostile-spreadsheets";

    @TestFactory
    Stream<DynamicTest> everyHostileSpreadsheetIsRefusedWholeInOneLine() throws IOException {
        Optional<Path> dir = hostileSpreadsheets();
        if (dir.isEmpty()) {
            // An assumption failing in the factory aborts it uncounted; a skipped test shows in the summary.
            return Stream.of(DynamicTest.dynamicTest("hostile spreadsheets absent", () -> Assumptions.abort(
                    "../shared/datasets/hostile-spreadsheets not found (set -D" + OVERRIDE + "=DIR)")));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir.get())) {
            files = listing.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                    () -> Cli.run("import", "subscribers", file.toString()));

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err().lines().toList()).as(result.err()).hasSize(1);
            assertThat(result.err()).startsWith("retention: ").contains(file.getFileName().toString())
                    .doesNotContain("Exception", "\tat ");
            assertThat(result.out()).isEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM account", Long.class)).isZero();
            assertThat(Files.exists(Path.of(file + ".rejects.csv"))).isFalse();
            System.out.println(file.getFileName() + " -> " + result.err().strip());
        }));
    }

    static Optional<Path> hostileSpreadsheets() {
        String override = System.getProperty(OVERRIDE);
        Stream<Path> candidates = override != null ? Stream.of(Path.of(override))
                : Stream.of("../shared", "../../shared").map(p -> Path.of(p, "datasets", "hostile-spreadsheets"));
        return candidates.filter(Files::isDirectory).findFirst();
    }
}
