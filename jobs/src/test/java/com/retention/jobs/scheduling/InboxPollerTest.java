package com.retention.jobs.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The poller with a stand-in importer; the real one is in {@code outcomes.OutcomeInboxTest}. */
class InboxPollerTest {

    private static final Duration SETTLE = Duration.ofSeconds(10);

    @TempDir
    Path inbox;

    private final List<String> imported = new ArrayList<>();
    private LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);
    private final MutableClock clock = new MutableClock(now);

    @Test
    void handledFilesMoveToDoneAndFailedOnesToFailedWithTheirOneLineReason() throws Exception {
        write("a-outcomes.csv", "ok");
        write("b-broken.csv", "bad");
        InboxPoller poller = poller(handler());

        assertThat(poller.poll()).as("first seen: may still be copying").isZero();
        later(SETTLE);
        assertThat(poller.poll()).isEqualTo(2);

        assertThat(imported).containsExactly("a-outcomes.csv");
        assertThat(inbox.resolve("done/a-outcomes.csv")).hasContent("ok");
        assertThat(inbox.resolve("failed/b-broken.csv")).hasContent("bad");
        assertThat(inbox.resolve("failed/b-broken.csv.error.txt")).hasContent("row 2: unknown task_id 99");
        assertThat(inbox.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aGrowingFileIsTakenOnlyOnceItsSizeAndTimeStayTheSameOverTheSettleInterval() throws Exception {
        Path file = write("slow-copy.csv", "line 1\n");
        InboxPoller poller = poller(handler());
        FileTime kept = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
        for (int i = 2; i <= 6; i++) {
            assertThat(poller.poll()).as("still growing at line " + i).isZero();
            later(Duration.ofMinutes(1));
            Files.writeString(file, "line " + i + "\n", StandardOpenOption.APPEND);
            // a copy that keeps the source's old modification time: only the size tells
            Files.setLastModifiedTime(file, kept);
        }
        assertThat(poller.poll()).as("unchanged, but not yet for the settle interval").isZero();
        later(SETTLE.minusSeconds(1));
        assertThat(poller.poll()).isZero();
        later(Duration.ofSeconds(1));

        assertThat(poller.poll()).isEqualTo(1);
        assertThat(imported).containsExactly("slow-copy.csv");
        assertThat(inbox.resolve("done/slow-copy.csv")).hasContent("line 1\nline 2\nline 3\nline 4\nline 5\nline 6\n");
        later(SETTLE);
        assertThat(poller.poll()).as("imported once").isZero();
        assertThat(imported).hasSize(1);
    }

    @Test
    void aFileTouchedWithoutGrowingWaitsToo() throws Exception {
        Path file = write("outcomes.csv", "ok");
        InboxPoller poller = poller(handler());
        poller.poll();
        later(SETTLE);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(poller.poll()).isZero();
        later(SETTLE);
        assertThat(poller.poll()).isEqualTo(1);
    }

    @Test
    void temporaryAndHiddenNamesAreNeverTaken() throws Exception {
        List<String> names = List.of("upload.csv.part", "upload.xlsx.filepart", "copy.csv.tmp", "download.xlsx.crdownload",
                "~$RETENTION_B2C.xlsx", ".RETENTION_B2C.xlsx.swp", "Download.XLSX.PART");
        for (String name : names) {
            write(name, "ok");
        }
        InboxPoller poller = poller(handler());

        poller.poll();
        later(Duration.ofHours(1));

        assertThat(poller.poll()).isZero();
        assertThat(imported).isEmpty();
        for (String name : names) {
            assertThat(inbox.resolve(name)).exists();
        }
    }

    @Test
    void aRejectReportWrittenBesideTheFileMovesWithIt() throws Exception {
        write("worked.csv", "ok");
        InboxPoller poller = poller(file -> {
            Files.writeString(file.resolveSibling(file.getFileName() + ".rejects.csv"), "row,column,value,reason\n");
            return "read 1, loaded 0, rejected 1";
        });
        poller.poll();
        later(SETTLE);

        assertThat(poller.poll()).isEqualTo(1);

        assertThat(inbox.resolve("done/worked.csv")).exists();
        assertThat(inbox.resolve("done/worked.csv.rejects.csv")).exists();
        assertThat(inbox.resolve("work")).isEmptyDirectory();
    }

    @Test
    void aFileLeftInWorkByAStoppedPollerIsHandledAgainAndASecondDropKeepsBoth() throws Exception {
        Files.createDirectories(inbox.resolve("work"));
        Files.writeString(inbox.resolve("work/outcomes.csv"), "ok");
        Files.createDirectories(inbox.resolve("done"));
        Files.writeString(inbox.resolve("done/outcomes.csv"), "yesterday");

        assertThat(poller(handler()).poll()).as("it had settled before it was claimed").isEqualTo(1);

        assertThat(imported).containsExactly("outcomes.csv");
        assertThat(inbox.resolve("done/outcomes.csv")).hasContent("yesterday");
        try (var done = Files.list(inbox.resolve("done"))) {
            assertThat(done.map(p -> p.getFileName().toString())).hasSize(2).anyMatch(n -> n.endsWith("-outcomes.csv"));
        }
    }

    @Test
    void withoutAnImporterFilesWait() throws Exception {
        write("outcomes.csv", "ok");
        InboxPoller poller = poller(null);
        poller.poll();
        later(SETTLE);

        assertThat(poller.poll()).isZero();

        assertThat(inbox.resolve("outcomes.csv")).exists();
    }

    private InboxFileHandler handler() {
        return file -> {
            if (Files.readString(file).equals("bad")) {
                throw new IllegalArgumentException("row 2: unknown task_id 99\n\tat some.Frame(Frame.java:1)");
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
        ScheduleProperties schedule = new ScheduleProperties(null, null, null, inbox, SETTLE, null, null, null, null, null);
        return new InboxPoller(schedule, beans.getBeanProvider(InboxFileHandler.class), clock);
    }

    private void later(Duration duration) {
        now = now.plus(duration);
        clock.set(now);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(inbox.resolve(name), content);
    }
}
