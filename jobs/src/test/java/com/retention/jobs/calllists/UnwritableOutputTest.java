package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder that cannot be written fails the run with one line and exit 1, leaves no file
 * (whole or half) behind, and the run succeeds when it is restarted once the folder is fixed.
 */
class UnwritableOutputTest extends CallListsTestBase {

    @TempDir
    Path outDir;

    private Path locked;

    @AfterEach
    void unlock() throws Exception {
        if (locked != null) {
            writable(locked, true);
        }
    }

    @Test
    void aFileWhereTheOutputFolderMustBe() throws IOException {
        LocalDate d = LocalDate.of(2026, 12, 7);
        operator.subscriber("W1", "+79160000081", "MOW").owes(d, "REMINDER_CALL", "1000");
        Path blocker = Files.writeString(outDir.resolve("call-lists"), "not a folder");

        Cli.Result failed = run(d, "--rerun");

        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertOneLine(failed, "cannot write " + outDir.resolve("call-lists/" + d) + ": " + blocker
                + " is a file, not a folder");
        assertThat(regularFiles()).containsExactly(blocker);

        Files.delete(blocker);
        Cli.Result restarted = run(d);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(outDir.resolve("call-lists/" + d + "/BILLING_B2C.xlsx")).isNotEmptyFile();
        assertThat(outDir.resolve("call-lists/" + d + "/dialer.csv")).content().contains("W1");
    }

    @Test
    void aFolderWhereAFileMustBeLeavesNoHalfWrittenFile() throws IOException {
        LocalDate d = LocalDate.of(2026, 12, 8);
        operator.subscriber("W2", "+79160000082", "MOW").owes(d, "REMINDER_CALL", "1000");
        // the dialer file is started first and would be half-written when the workbook fails
        Path inTheWay = Files.createDirectories(outDir.resolve("call-lists/" + d + "/BILLING_B2C.xlsx"));

        Cli.Result failed = run(d, "--rerun");

        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertOneLine(failed, "cannot write " + inTheWay + ": it is a folder, not a file");
        assertThat(regularFiles()).as("no dialer.csv, whole or half, and no temporary file").isEmpty();

        Files.delete(inTheWay);
        Cli.Result restarted = run(d);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(outDir.resolve("call-lists/" + d + "/BILLING_B2C.xlsx")).isNotEmptyFile();
        assertThat(outDir.resolve("call-lists/" + d + "/dialer.csv")).content().contains("W2");
    }

    @Test
    void aFolderThatCannotBeWritten() throws Exception {
        LocalDate d = LocalDate.of(2026, 12, 9);
        operator.subscriber("W3", "+79160000083", "MOW").owes(d, "REMINDER_CALL", "1000");
        Path callLists = Files.createDirectories(outDir.resolve("call-lists"));
        writable(callLists, false);
        locked = callLists;
        Assumptions.assumeFalse(Files.isWritable(callLists) && canCreateIn(callLists),
                "neither permissions nor chattr can lock a folder here (root without CAP_LINUX_IMMUTABLE)");

        Cli.Result failed = run(d, "--rerun");

        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertOneLine(failed, "cannot write " + callLists.resolve(d.toString()) + ": permission denied");
        assertThat(regularFiles()).isEmpty();

        writable(callLists, true);
        locked = null;
        Cli.Result restarted = run(d);

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(outDir.resolve("call-lists/" + d + "/dialer.csv")).content().contains("W3");
    }

    private Cli.Result run(LocalDate d, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "call-lists", "--date", d.toString(),
                "--retention.output=" + outDir));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertOneLine(Cli.Result result, String expected) {
        assertThat(result.err().strip().lines().toList()).as(result.err()).singleElement().asString()
                .contains(expected, "retention jobs restart");
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(outDir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /**
     * Permissions do not stop root, the immutable flag does: both are tried, and the test skips
     * (visibly) where neither holds.
     */
    private static void writable(Path folder, boolean writable) throws Exception {
        if (writable) {
            chattr(folder, "-i"); // an immutable folder's permissions cannot be changed either
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            chattr(folder, "+i");
        }
    }

    private static void chattr(Path folder, String flag) throws InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return;
        }
        try {
            new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException noChattr) {
            // the caller's check skips the test
        }
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
