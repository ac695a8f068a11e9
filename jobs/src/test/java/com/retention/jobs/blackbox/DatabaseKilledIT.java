package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL SIGKILLed (its postmaster, the first line of pgdata/postmaster.pid) while
 * {@code run nightly} works, right after the night's first job committed: the run exits 1 with one
 * line, and the failed night completes afterwards, by the same command or by {@code jobs restart ID},
 * with the undisturbed run's outputs.
 */
class DatabaseKilledIT extends OnACopiedHome {

    private Path out;

    @BeforeEach
    void setUp() {
        out = dir.resolve("out");
    }

    @Test
    void runNightlyAgainCompletesTheNight() {
        killDatabaseDuringTheNight();
        retention.succeed(nightly());
        Outputs.assertSame(fixture.referenceOut, out, fixture.night);
    }

    @Test
    void jobsRestartCompletesTheFailedRun() {
        killDatabaseDuringTheNight();
        RetentionProcess jobs = retention.succeed("jobs");
        Matcher run = Pattern.compile("^\\s*(\\d+)\\s+nightly\\s+" + fixture.night + "\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(jobs.stdoutText());
        assertTrue(run.find(), "`jobs` lists no nightly run of " + fixture.night + ":\n" + jobs.tails());
        assertEquals("FAILED", run.group(2), "status of the interrupted night in `jobs`:\n" + jobs.stdoutText());
        retention.succeed("jobs", "restart", run.group(1), "--retention.output=" + out);
        Outputs.assertSame(fixture.referenceOut, out, fixture.night);
    }

    private void killDatabaseDuringTheNight() {
        RetentionProcess night = retention.start(nightly());
        night.awaitLine(Pattern.compile("Run of scoring for " + fixture.night + ": scoring COMPLETED"),
                Retention.COMMAND_TIMEOUT);
        long pid = Homes.killPostmaster(home);
        System.out.println("[blackbox] SIGKILLed the embedded PostgreSQL " + pid + " after scoring committed");
        int exit = night.awaitExit(Retention.COMMAND_TIMEOUT);
        List<String> stderr = night.stderrLines().stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, exit, "exit code of the run whose database died\n" + night.tails());
        assertEquals(1, stderr.size(), "stderr of the run whose database died: one line\n" + night.tails());
        assertTrue(stderr.get(0).startsWith("retention:"), "stderr line: " + stderr.get(0));
    }

    private String[] nightly() {
        return new String[] {"run", "nightly", "--date", fixture.night.toString(), "--retention.output=" + out};
    }
}
