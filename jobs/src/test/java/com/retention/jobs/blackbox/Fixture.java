package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator every black-box test starts from, generated once per test JVM: {@code demo} of
 * {@value #SUBSCRIBERS} subscribers (seed {@value #SEED}) for yesterday, its import files included, in a
 * home no server runs on (tests take copies); and the undisturbed reference: {@code run nightly} for
 * today on a copy, its outputs, its database counts and when its jobs ran. Yesterday and today in the
 * operator's zone, because {@code serve} runs the night of today: then a night run by the scheduler
 * is the same night as the reference.
 */
public final class Fixture {

    public static final int SUBSCRIBERS = 20_000;
    public static final int SEED = 7;
    public static final ZoneId OPERATOR_ZONE = ZoneId.of("Europe/Moscow");
    /** Progress lines this often in the reference run, so a step of a few seconds prints some. */
    public static final String PROGRESS_INTERVAL = "--retention.progress.interval=500ms";

    private static Fixture instance;

    public final LocalDate demoDate;
    public final LocalDate night;
    public final Path base;
    public final Path baseOut;
    public final Path referenceOut;
    public final Map<String, Long> referenceCounts;
    public final List<String> referenceLog;
    /** When the reference night's first job started and when the night ended, from its process's launch. */
    public final Duration nightStart;
    public final Duration nightEnd;

    private Fixture(Path dir) {
        Homes.delete(dir);
        demoDate = LocalDate.now(OPERATOR_ZONE).minusDays(1);
        night = demoDate.plusDays(1);
        base = dir.resolve("base-home");
        baseOut = dir.resolve("base-out");
        try (Retention retention = Retention.in(dir.resolve("logs")).home(base)) {
            retention.succeed(demoArgs(baseOut));
            assertTrue(Homes.awaitNoServer(base, Duration.ofSeconds(30)), "demo left a PostgreSQL running on " + base);

            Path referenceHome = Homes.copy(base, dir.resolve("reference-home"));
            referenceOut = dir.resolve("reference-out");
            retention.home(referenceHome);
            RetentionProcess run = retention.start("run", "nightly", "--date", night.toString(),
                    "--retention.output=" + referenceOut, PROGRESS_INTERVAL);
            String done = run.awaitLine(nightCompleted(night), Retention.COMMAND_TIMEOUT);
            nightEnd = run.elapsed();
            Matcher seconds = nightCompleted(night).matcher(done);
            seconds.find();
            nightStart = nightEnd.minusMillis(Math.round(Double.parseDouble(seconds.group(1)) * 1000));
            run.assertSucceeds(Retention.COMMAND_TIMEOUT);
            referenceLog = run.stdoutLines();
            assertTrue(Homes.awaitNoServer(referenceHome, Duration.ofSeconds(30)),
                    "run nightly left a PostgreSQL running on " + referenceHome);
            referenceCounts = Homes.withDatabase(referenceHome, c -> NightCounts.of(c, night));
            Homes.delete(referenceHome);
        }
        System.out.printf("[blackbox] fixture: demo %s, night %s ran from %d ms to %d ms after launch; counts %s%n",
                demoDate, night, nightStart.toMillis(), nightEnd.toMillis(), referenceCounts);
    }

    public static synchronized Fixture get() {
        if (instance == null) {
            instance = new Fixture(Retention.workRoot().resolve("fixture"));
        }
        return instance;
    }

    /** The demo that made the base home: the same arguments give the same operator anywhere. */
    public String[] demoArgs(Path out) {
        return new String[] {"demo", "--subscribers", String.valueOf(SUBSCRIBERS), "--seed", String.valueOf(SEED),
                "--date", demoDate.toString(), "--out", out.toString(), "--import-files"};
    }

    /** The last line of a night: "Night of D: nightly COMPLETED in S s". */
    public static Pattern nightCompleted(LocalDate date) {
        return Pattern.compile("Night of " + date + ": nightly COMPLETED in ([0-9.]+) s");
    }

    /** The demo's import files (tariffs.csv, subscribers.csv, usage.csv, tickets.csv, dnc.csv, ...). */
    public Path importFile(String name) {
        return baseOut.resolve("demo-import").resolve(name);
    }

    /** Relative dates are today's: a suite that runs across the operator's midnight cannot compare with serve. */
    public boolean stillToday() {
        return LocalDate.now(OPERATOR_ZONE).equals(night);
    }
}
