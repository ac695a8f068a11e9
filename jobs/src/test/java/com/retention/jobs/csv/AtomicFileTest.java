package com.retention.jobs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed writer leaves behind is cleaned up by the run that writes the file again. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aCommitRemovesTheTempFilesAKilledRunLeftForTheSameTarget() throws IOException {
        Path target = dir.resolve("dialer.csv");
        Files.writeString(dir.resolve(".dialer.csv.0b1c-left-by-a-killed-run.tmp"), "half");
        Files.writeString(dir.resolve(".outbox.csv.0b1c-another-target.tmp"), "half");

        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("whole\n".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dialer.csv", ".outbox.csv.0b1c-another-target.tmp");
        }
        assertThat(Files.readString(target)).isEqualTo("whole\n");
    }
}
