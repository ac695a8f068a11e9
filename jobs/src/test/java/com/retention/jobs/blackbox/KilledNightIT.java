package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The JVM of {@code run nightly} SIGKILLed at a random moment on the embedded database, then the same
 * command again: the outputs of the date are those of an undisturbed run, and nothing is in the
 * database twice. The moment is drawn from a seeded Random between the reference night's first job
 * start and its end (as offsets from launch); the seed is printed, and {@code -Dblackbox.seed=N}
 * replays it.
 */
class KilledNightIT {

    private Fixture fixture;
    private Retention retention;
    private Path dir;

    @BeforeEach
    void setUp(TestInfo test) {
        fixture = Fixture.get();
        dir = Retention.testDir(test);
        retention = Retention.in(dir.resolve("logs"));
    }

    @AfterEach
    void tearDown() {
        retention.close();
        Homes.delete(dir.resolve("home"));
    }

    @Test
    void killedNightRerunGivesTheUndisturbedResult() {
        killThenRunAgain();
    }

    @Test
    void killedNightWithOnePartitionRerunGivesTheUndisturbedResult() {
        killThenRunAgain("--retention.batch.partitions=1");
    }

    private void killThenRunAgain(String... settings) {
        Path home = Homes.copy(fixture.base, dir.resolve("home"));
        Path out = dir.resolve("out");
        retention.home(home);
        List<String> args = new ArrayList<>(List.of("run", "nightly", "--date", fixture.night.toString(),
                "--retention.output=" + out));
        args.addAll(List.of(settings));

        long seed = Long.getLong("blackbox.seed", System.nanoTime());
        long from = fixture.nightStart.toMillis();
        long to = fixture.nightEnd.toMillis();
        long killAt = from + (long) (new Random(seed).nextDouble() * (to - from));
        String replay = "seed " + seed + ": SIGKILL " + killAt + " ms after launch (the reference night ran from "
                + from + " to " + to + " ms; replay with -Dblackbox.seed=" + seed + ")";
        System.out.println("[blackbox] " + replay);

        RetentionProcess night = retention.start(args.toArray(String[]::new));
        while (night.isAlive() && night.elapsed().toMillis() < killAt) {
            RetentionProcess.sleep(Duration.ofMillis(5));
        }
        boolean killedWhileRunning = night.isAlive();
        night.kill();
        System.out.println("[blackbox] " + (killedWhileRunning ? "killed the night at " + night.elapsed().toMillis()
                + " ms" : "the night had ended before the kill"));

        Retention.Ran again = retention.run(args.toArray(String[]::new));
        assertEquals(0, again.exitCode(), replay + "\nthe run after the kill failed:\n" + again.process().tails());
        Outputs.assertSame(fixture.referenceOut, out, fixture.night);
        Map<String, Long> counts = Homes.withDatabase(home, c -> NightCounts.of(c, fixture.night));
        assertEquals(fixture.referenceCounts, counts, replay + "\nrows of the night in the database");
        assertTrue(Homes.awaitNoServer(home, Duration.ofSeconds(30)),
                replay + "\na PostgreSQL still runs on " + home + " after the last command ended");
    }
}
