package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class InboxPollerTest {

    @TempDir
    Path inbox;

    private final List<String> imported = new ArrayList<>();

    @Test
    void handledFilesMoveToDoneAndFailedOnesToFailedWithTheirReason() throws Exception {
        write("a-outcomes.csv", "ok", Duration.ofMinutes(1));
        write("b-broken.csv", "bad", Duration.ofMinutes(1));
        write("c-still-copying.csv", "ok", Duration.ZERO);
        write("d-upload.csv.part", "ok", Duration.ofMinutes(1));

        int handled = poller(handler()).poll();

        assertThat(handled).isEqualTo(2);
        assertThat(imported).containsExactly("a-outcomes.csv");
        assertThat(inbox.resolve("done/a-outcomes.csv")).hasContent("ok");
        assertThat(inbox.resolve("failed/b-broken.csv")).hasContent("bad");
        assertThat(inbox.resolve("failed/b-broken.csv.error.txt")).content().contains("row 2: unknown task_id");
        assertThat(inbox.resolve("c-still-copying.csv")).exists();
        assertThat(inbox.resolve("d-upload.csv.part")).exists();
        assertThat(inbox.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aFileLeftInWorkByAStoppedPollerIsHandledAgainAndASecondDropKeepsBoth() throws Exception {
        Files.createDirectories(inbox.resolve("work"));
        Files.writeString(inbox.resolve("work/outcomes.csv"), "ok");
        Files.createDirectories(inbox.resolve("done"));
        Files.writeString(inbox.resolve("done/outcomes.csv"), "yesterday");

        assertThat(poller(handler()).poll()).isEqualTo(1);

        assertThat(imported).containsExactly("outcomes.csv");
        assertThat(inbox.resolve("done/outcomes.csv")).hasContent("yesterday");
        try (var done = Files.list(inbox.resolve("done"))) {
            assertThat(done.map(p -> p.getFileName().toString())).hasSize(2).anyMatch(n -> n.endsWith("-outcomes.csv"));
        }
    }

    @Test
    void withoutAnImporterFilesWait() throws Exception {
        write("outcomes.csv", "ok", Duration.ofMinutes(1));

        assertThat(poller(null).poll()).isZero();

        assertThat(inbox.resolve("outcomes.csv")).exists();
    }

    private InboxFileHandler handler() {
        return file -> {
            if (Files.readString(file).equals("bad")) {
                throw new IllegalArgumentException("row 2: unknown task_id 99");
            }
            imported.add(file.getFileName().toString());
            return "1 row loaded";
        };
    }

    private InboxPoller poller(InboxFileHandler handler) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (handler != null) {
            beans.registerSingleton("outcomeImport", handler);
        }
        ScheduleProperties schedule = new ScheduleProperties(null, null, null, inbox, Duration.ofSeconds(10), null, null);
        return new InboxPoller(schedule, beans.getBeanProvider(InboxFileHandler.class));
    }

    private void write(String name, String content, Duration age) throws Exception {
        Path file = Files.writeString(inbox.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }
}
