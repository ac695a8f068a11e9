package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Two {@code serve} nodes on one PostgreSQL server (started here, in the test JVM). The caught-up
 * night runs on one of them; that node is SIGKILLed once the night's first job committed. The other
 * node takes the night over and completes it from its last commit (the committed first job is not run
 * again), with the undisturbed run's outputs and database rows.
 */
class TwoNodesIT {

    /** Quartz's cluster check-in notices a dead node within about 20 s (README "Several nodes"). */
    private static final Duration NOTICE = Duration.ofSeconds(30);
    /** What the issue asks once the dead node is noticed. */
    private static final Duration TAKE_OVER = Duration.ofSeconds(60);

    private Fixture fixture;
    private Retention retention;
    private Path dir;
    private EmbeddedPostgres postgres;

    @BeforeEach
    void setUp(TestInfo test) throws IOException {
        fixture = Fixture.get();
        dir = Retention.testDir(test);
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").setServerConfig("max_connections", "100")
                .start();
        retention = Retention.in(dir.resolve("logs"))
                .env("RETENTION_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres")
                .env("RETENTION_DB_USER", "postgres").env("RETENTION_DB_PASSWORD", "postgres")
                .env("RETENTION_HOME", dir.resolve("unused-home").toString());
    }

    @AfterEach
    void tearDown() throws IOException {
        try {
            retention.close();
        } finally {
            postgres.close();
        }
    }

    @Test
    void theOtherNodeCompletesTheNightOfAKilledNode() throws SQLException {
        retention.succeed(fixture.demoArgs(dir.resolve("demo-out")));
        LocalDate night = LocalDate.now(Fixture.OPERATOR_ZONE);
        assumeTrue(night.equals(fixture.night), "it is " + night + " for the operator, past its midnight: "
                + "the reference is of " + fixture.night);
        Path out = dir.resolve("out");
        // The night of today is due from midnight; the second node to start fires the catch-up, which
        // Quartz runs on either node and recovers on the other when that one dies.
        String schedule = "--retention.schedule.nightly-cron=0 0 0 * * ?";
        Serve a = Serve.start(retention, out, dir.resolve("inbox"), schedule);
        a.awaitReady();
        Serve b = Serve.start(retention, out, dir.resolve("inbox"), schedule,
                "--retention.schedule.catch-up-on-start=true");
        b.awaitReady();

        Pattern firstJob = Pattern.compile("Run of scoring for " + night + ": scoring COMPLETED");
        Serve runner = awaitEither(a, b, firstJob, Duration.ofMinutes(2));
        Serve survivor = runner == a ? b : a;
        runner.process().kill();
        long killed = System.nanoTime();
        System.out.println("[blackbox] SIGKILLed serve node pid " + runner.process().pid() + " after its first job");

        survivor.process().awaitLine(Fixture.nightCompleted(night),
                Pattern.compile("Night of " + night + ": nightly (FAILED|STOPPED)"), NOTICE.plus(TAKE_OVER));
        System.out.printf("[blackbox] the other node completed the night %d s after the kill%n",
                Duration.ofNanos(System.nanoTime() - killed).toSeconds());

        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            assertEquals(List.of("COMPLETED"), executions(connection, "scoring", night),
                    "the committed scoring job must not run again after the take-over");
            Map<String, Long> counts = NightCounts.of(connection, night);
            assertEquals(fixture.referenceCounts, counts, "rows of the night in the database");
        }
        Outputs.assertSame(fixture.referenceOut, out, night);
    }

    /** The first of two nodes to print a matching line (bounded). */
    private static Serve awaitEither(Serve a, Serve b, Pattern line, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Serve node : List.of(a, b)) {
                if (node.process().stdoutLines().stream().anyMatch(l -> line.matcher(l).find())) {
                    return node;
                }
                if (!node.process().isAlive()) {
                    fail("a serve node ended:\n" + node.process().tails());
                }
            }
            RetentionProcess.sleep(Duration.ofMillis(100));
        }
        fail("neither node printed /" + line + "/ within " + timeout + "\n" + a.process().tails() + "\n"
                + b.process().tails());
        return null;
    }

    private static List<String> executions(Connection connection, String job, LocalDate date) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT e.status FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                WHERE i.job_name = ? AND p.parameter_name = 'date' AND p.parameter_value = ?
                ORDER BY e.job_execution_id""")) {
            statement.setString(1, job);
            statement.setString(2, date.toString());
            try (ResultSet rows = statement.executeQuery()) {
                List<String> statuses = new java.util.ArrayList<>();
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
                return statuses;
            }
        }
    }
}
