package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The night cannot write its outputs: a regular file stands where the date's call-list folder must be
 * (a folder made unwritable would not stop root, who runs CI). The run fails with one line and exit 1,
 * leaves no half-written file, and once the file is gone the same command completes the night with the
 * undisturbed run's outputs.
 */
class OutputInTheWayIT extends OnACopiedHome {

    @Test
    void aFileInTheWayFailsTheNightCleanlyAndTheRestartCompletesIt() throws IOException {
        Path out = dir.resolve("out");
        Path blocker = out.resolve("call-lists").resolve(fixture.night.toString());
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "not a folder\n");
        String[] nightly = {"run", "nightly", "--date", fixture.night.toString(), "--retention.output=" + out};

        Retention.Ran failed = retention.run(nightly);
        assertEquals(1, failed.exitCode(), "exit code with the output folder blocked\n" + failed.process().tails());
        assertEquals(1, failed.stderr().size(), "one line on stderr\n" + failed.process().tails());
        assertTrue(failed.stderr().get(0).startsWith("retention: nightly failed"), failed.stderr().get(0));
        assertTrue(failed.stderr().get(0).contains("call-lists: cannot write " + blocker + ": " + blocker
                + " is a file, not a folder"), "the line names the job and the cause: " + failed.stderr().get(0));
        assertTrue(failed.process().stdoutLines().stream().noneMatch(l -> l.startsWith("\tat ")),
                "no stack trace on stdout without --verbose\n" + failed.process().tails());
        assertEquals(List.of(), Outputs.leftovers(out), "temporary or partial files left in " + out);
        // Whatever the failed night did write must be whole: the same as the undisturbed run's file.
        Map<String, Path> reference = Outputs.ofDate(fixture.referenceOut, fixture.night);
        for (Map.Entry<String, Path> written : Outputs.ofDate(out, fixture.night).entrySet()) {
            assertTrue(reference.containsKey(written.getKey()), "unexpected output " + written.getKey());
            assertNull(Outputs.difference(reference.get(written.getKey()), written.getValue()),
                    "half-written " + written.getKey());
        }

        Files.delete(blocker);
        retention.succeed(nightly);
        Outputs.assertSame(fixture.referenceOut, out, fixture.night);
    }
}
