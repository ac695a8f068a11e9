package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template stops the run with its name and line before any file is written. */
class CallListsTemplateFailureTest extends CallListsTestBase {

    @TempDir
    Path templates;

    @TempDir
    Path outDir;

    @Test
    void aBrokenTemplateFailsTheRunBeforeAnyFileIsWritten() throws IOException {
        LocalDate d = LocalDate.of(2026, 11, 25);
        operator.subscriber("T1", "+79160000071", "MOW").owes(d, "REMINDER_CALL", "1000");
        Path broken = templates.resolve("messages/ru/INCIDENT.ftl");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "Авария в сети\nс ${outageStart. Извините!\n");

        Cli.Result result = Cli.run("run", "call-lists", "--date", d.toString(), "--rerun",
                "--retention.templates.dir=" + templates, "--retention.output=" + outDir);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("messages/ru/INCIDENT.ftl line 2");
        try (Stream<Path> written = Files.walk(outDir)) {
            assertThat(written.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM call_task", Integer.class)).isZero();
    }
}
