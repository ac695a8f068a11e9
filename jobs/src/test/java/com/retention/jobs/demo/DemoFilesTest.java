package com.retention.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.phones.PhoneNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import files of a generated operator: the same rows, Russian-spreadsheet style, a few dirty. */
class DemoFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryKindWithTheGeneratorsRowsAndSomeDirtyOnes() throws IOException {
        Map<String, Long> written = DemoFiles.write(dir, DemoCommandTest.SPEC);
        Map<String, Long> generated = new DemoOperator(DemoCommandTest.SPEC).rowCounts();

        assertThat(written.get("subscribers.csv")).isEqualTo(generated.get("subscriber"));
        assertThat(written.get("usage.csv")).isEqualTo(generated.get("usage_month"));
        assertThat(written.get("payments.csv")).isEqualTo(generated.get("payment"));
        for (Map.Entry<String, Long> file : written.entrySet()) {
            assertThat(Files.readAllLines(dir.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey()).hasSize((int) (file.getValue() + 1));
        }
        List<String> subscribers = Files.readAllLines(dir.resolve("subscribers.csv"), StandardCharsets.UTF_8);
        assertThat(subscribers.get(0)).startsWith("subscriber_id;account_id;full_name;phone;");
        PhoneNormalizer phones = PhoneNormalizer.russian();
        long badPhones = subscribers.stream().skip(1).map(l -> l.split(";", -1)[3])
                .filter(p -> !phones.normalize(p).isValid()).count();
        long unknownTariffs = subscribers.stream().filter(l -> l.contains(";ZZ_OLD_")).count();
        long badDates = subscribers.stream().filter(l -> l.contains(";31.02.")).count();
        assertThat(badPhones).as("bad and Kazakh phones").isBetween(1L, 20L);
        assertThat(badPhones + unknownTariffs + badDates).isBetween(3L, 30L);
        assertThat(Files.readString(dir.resolve("usage.csv"))).containsPattern(";\\d+,\\d{2};");
    }
}
