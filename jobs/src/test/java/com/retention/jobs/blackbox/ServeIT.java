package com.retention.jobs.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.jayway.jsonpath.JsonPath;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One {@code serve} on a copy of the demo home, its inbox polled every 2 s, and the night of today
 * run by the scheduler at start (the demo ran yesterday's, so today's is a missed night). Worked call
 * lists dropped into the inbox are imported and moved to done/, a hostile file goes to failed/ with its
 * reason beside it, a file written slowly is imported once and whole, and every job that ran in this
 * process, the inbox's import included, shows in {@code retention.batch.items} on /actuator/metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    /**
     * How long the slow file takes to arrive. The issue speaks of two minutes; 20 s keeps the suite within
     * its budget and still spans several polls (every 2 s) and the settle time (3 s).
     */
    private static final Duration SLOW_WRITE = Duration.ofSeconds(20);
    /** A poll every 2 s, 3 s of settling and an import of a few hundred rows: far less than this. */
    private static final Duration INBOX_TIMEOUT = Duration.ofSeconds(30);
    /** The jobs the night and the inbox run inside serve. */
    private static final Set<String> JOBS = Set.of("nightly", "scoring", "offers", "dunning", "outages",
            "call-lists", "report", "import-outcomes");

    private static final String SUPERVISOR_PASSWORD = "supervisor-pass";

    private Fixture fixture;
    private Retention retention;
    private Path dir;
    private Path home;
    private Path inbox;
    private Serve serve;
    private String nightProblem;

    @BeforeAll
    void startServe() {
        fixture = Fixture.get();
        dir = Retention.workRoot().resolve(ServeIT.class.getSimpleName());
        Homes.delete(dir);
        retention = Retention.in(dir.resolve("logs"));
        home = Homes.copy(fixture.base, dir.resolve("home"));
        inbox = dir.resolve("inbox");
        retention.home(home);
        retention.startWithInput(SUPERVISOR_PASSWORD + "\n", "users", "add", "sup", "--role", "SUPERVISOR", "--team", "RETENTION_B2C")
                .assertSucceeds(Retention.COMMAND_TIMEOUT);
        serve = Serve.start(retention, dir.resolve("out"), inbox,
                "--retention.schedule.inbox-cron=0/2 * * * * ?",
                "--retention.schedule.inbox-settle=3s",
                "--retention.schedule.nightly-cron=0 0 0 * * ?",
                "--retention.schedule.catch-up-on-start=true",
                Fixture.PROGRESS_INTERVAL).awaitReady();
        try {
            // The inbox tests are about the inbox: they start once the night is over.
            serve.process().awaitLine(Fixture.nightCompleted(fixture.night),
                    Pattern.compile("Night of " + fixture.night + ": nightly (FAILED|STOPPED)"), Retention.COMMAND_TIMEOUT);
        } catch (AssertionError e) {
            nightProblem = e.getMessage();
        }
    }

    @AfterAll
    void stopServe() {
        retention.close();
        Homes.delete(home);
    }

    @Test
    @Order(1)
    void aWorkedCallListIsImportedAndMovedToDone() throws Exception {
        Workbooks.Worked worked = Workbooks.fillOutcomes(callList("RETENTION_B2C"), "NO_ANSWER", 25);
        drop("worked-b2c.xlsx", worked.bytes());
        awaitFile(inbox.resolve("done").resolve("worked-b2c.xlsx"));
        assertEquals(worked.taskIds(), outcomes(worked.taskIds(), "NO_ANSWER"), "outcomes recorded for the filled rows");
    }

    @Test
    @Order(2)
    void aHostileFileGoesToFailedWithItsReason() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(1).nextBytes(junk);
        drop("hostile.xlsx", junk);
        Path failed = inbox.resolve("failed").resolve("hostile.xlsx");
        Path reason = failed.resolveSibling("hostile.xlsx.error.txt");
        awaitFile(reason);
        assertTrue(Files.isRegularFile(failed), "the hostile file is not in failed/");
        List<String> lines = Files.readAllLines(reason).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "the reason is one line: " + lines);
        assertFalse(Files.exists(inbox.resolve("done").resolve("hostile.xlsx")), "the hostile file is in done/");
    }

    @Test
    @Order(3)
    void aSlowlyWrittenFileIsImportedOnceAndWhole() throws Exception {
        Workbooks.Worked worked = Workbooks.fillOutcomes(callList("BILLING_B2C"), "NO_ANSWER", Integer.MAX_VALUE);
        Path file = inbox.resolve("slow-billing.xlsx");
        Files.createDirectories(inbox);
        byte[] bytes = worked.bytes();
        int steps = (int) (SLOW_WRITE.toMillis() / 250);
        try (FileOutputStream out = new FileOutputStream(file.toFile())) {
            for (int i = 0; i < steps; i++) {
                int from = (int) ((long) bytes.length * i / steps);
                int to = (int) ((long) bytes.length * (i + 1) / steps);
                out.write(bytes, from, to - from);
                out.flush();
                RetentionProcess.sleep(Duration.ofMillis(250));
                assertTrue(Files.exists(file),
                        "the inbox took slow-billing.xlsx while it was still being written (" + (i + 1) + "/" + steps + ")");
            }
        }
        awaitFile(inbox.resolve("done").resolve("slow-billing.xlsx"));
        assertFalse(Files.exists(inbox.resolve("failed").resolve("slow-billing.xlsx")), "a part of it failed");
        assertEquals(List.of("COMPLETED"), importRuns("slow-billing.xlsx"), "import runs of the slow file");
        assertEquals(worked.taskIds(), outcomes(worked.taskIds(), "NO_ANSWER"), "outcomes of every row of the slow file");
    }

    @Test
    @Order(4)
    void everyJobThatRanShowsInTheItemsMetric() throws Exception {
        assertNull(nightProblem, "serve did not complete the night of " + fixture.night);
        Workbooks.Worked worked = Workbooks.fillOutcomes(callList("RETENTION_B2B"), "BUSY", 5);
        drop("worked-b2b.xlsx", worked.bytes());
        String inboxProblem = null;
        try {
            awaitFile(inbox.resolve("done").resolve("worked-b2b.xlsx"));
        } catch (AssertionError e) {
            // The metric is still checked for the night's jobs; the message says why the import may be missing.
            inboxProblem = e.getMessage().lines().findFirst().orElse("");
        }

        HttpResponse<String> metric = serve.get("/actuator/metrics/retention.batch.items");
        assertEquals(200, metric.statusCode(), "GET /actuator/metrics/retention.batch.items: " + metric.body());
        List<String> jobs = JsonPath.read(metric.body(), "$.availableTags[?(@.tag == 'job')].values[*]");
        Set<String> missing = new TreeSet<>(JOBS);
        missing.removeAll(jobs);
        assertEquals(Set.of(), missing, "jobs missing from retention.batch.items (tags: " + metric.body() + ")"
                + (inboxProblem == null ? "" : "; the inbox import: " + inboxProblem));
        assertNull(inboxProblem, "the inbox import");
    }

    /** The API of the jar: a login made by the command line reads its team's list and only that. */
    @Test
    @Order(5)
    void aSupervisorReadsTheirTeamsListOverTheApi() {
        assertNull(nightProblem, "serve did not complete the night of " + fixture.night);
        String night = "/api/call-lists/" + fixture.night;
        HttpResponse<byte[]> lists = serve.api(night, "sup", SUPERVISOR_PASSWORD);
        HttpResponse<byte[]> mine = serve.api(night + "/RETENTION_B2C.xlsx", "sup", SUPERVISOR_PASSWORD);
        HttpResponse<byte[]> theirs = serve.api(night + "/RETENTION_B2B.xlsx", "sup", SUPERVISOR_PASSWORD);
        HttpResponse<byte[]> wrongPassword = serve.api(night, "sup", "not-the-password");

        String body = new String(lists.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, lists.statusCode(), body);
        List<String> teams = JsonPath.read(body, "$[*].team");
        assertEquals(List.of("RETENTION_B2C"), teams, body);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().length > 4 && mine.body()[0] == 'P' && mine.body()[1] == 'K', "a workbook (zip)");
        assertEquals(403, theirs.statusCode());
        assertEquals(401, wrongPassword.statusCode());
    }

    private Path callList(String team) {
        return fixture.baseOut.resolve("call-lists").resolve(fixture.demoDate.toString()).resolve(team + ".xlsx");
    }

    /** Writes the file beside the inbox and moves it in at once, as a finished copy arrives. */
    private void drop(String name, byte[] bytes) throws IOException {
        Files.createDirectories(inbox);
        Path staged = Files.write(dir.resolve(name), bytes);
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitFile(Path file) {
        long deadline = System.nanoTime() + INBOX_TIMEOUT.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline || !serve.process().isAlive()) {
                fail(file + " did not appear within " + INBOX_TIMEOUT + "; inbox: " + listing() + "\n"
                        + serve.process().tails());
            }
            RetentionProcess.sleep(Duration.ofMillis(250));
        }
    }

    private String listing() {
        try (var files = Files.walk(inbox)) {
            return files.map(inbox::relativize).map(Path::toString).toList().toString();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** The task ids among {@code taskIds} whose recorded outcome is {@code outcome}, in the given order. */
    private List<String> outcomes(List<String> taskIds, String outcome) {
        return Homes.withDatabase(home, c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("SELECT task_id FROM outcome WHERE task_id = ANY (?) "
                    + "AND outcome = ?")) {
                statement.setArray(1, c.createArrayOf("text", taskIds.toArray()));
                statement.setString(2, outcome);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            found.sort(java.util.Comparator.comparingInt(taskIds::indexOf));
            return found;
        });
    }

    /** Statuses of the import runs of a file of that name (wherever the inbox put it while importing). */
    private List<String> importRuns(String name) {
        return Homes.withDatabase(home, (Connection c) -> statuses(c, name));
    }

    private static List<String> statuses(Connection c, String name) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("""
                SELECT e.status FROM batch_job_execution e
                JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
                WHERE i.job_name = 'import-outcomes' AND p.parameter_name = 'file' AND p.parameter_value LIKE ?
                ORDER BY e.job_execution_id""")) {
            statement.setString(1, "%/" + name);
            List<String> statuses = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            return statuses;
        }
    }
}
