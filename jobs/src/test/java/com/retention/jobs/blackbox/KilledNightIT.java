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
 * database twice. The moment is drawn from a seeded Random within the reference night's length,
 * counted from the moment this run's night shows in its database (the start-up before it varies with
 * the machine's load, and a kill drawn from launch often came after the night had ended); the seed
 * is printed, and {@code -Dblackbox.seed=N} replays the same share of the night.
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
        long length = fixture.nightEnd.minus(fixture.nightStart).toMillis();
        long into = (long) (new Random(seed).nextDouble() * length);

        RetentionProcess night = retention.start(args.toArray(String[]::new));
        long started = awaitNightStarted(night, home);
        long killAt = started + into;
        String replay = "seed " + seed + ": SIGKILL " + into + " ms into the night (it showed " + started
                + " ms after launch; the reference night lasted " + length + " ms; replay with -Dblackbox.seed="
                + seed + ")";
        System.out.println("[blackbox] " + replay);
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

    /**
     * Milliseconds from launch until the run's nightly execution is in its database, polled through
     * the run's own server only (a server of ours on the same data would fight the run's).
     */
    private static long awaitNightStarted(RetentionProcess night, Path home) {
        long deadline = System.nanoTime() + Retention.COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && night.isAlive()) {
            if (Homes.runningPostmaster(home).isPresent()) {
                try {
                    long elapsed = night.elapsed().toMillis();
                    if (Homes.withDatabase(home, KilledNightIT::nightRunning)) {
                        return elapsed;
                    }
                } catch (AssertionError notReadyYet) {
                    // the server is starting, or gone with a night that ended already
                }
            }
            RetentionProcess.sleep(Duration.ofMillis(20));
        }
        throw new AssertionError("the night never showed in its database before it ended\n" + night.tails());
    }

    private static boolean nightRunning(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("""
                        SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                        WHERE i.job_name = 'nightly' AND e.status IN ('STARTING', 'STARTED')""")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
