package com.retention.jobs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.WebTest;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.users.UserService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's operations as a script, a dialer and the teams use them, on a server on a random port
 * over the real database: uploads good, bad and hostile, outcomes through the import's rules, the
 * lists of the caller's teams only, and an audit row for every move of personal data.
 */
@WebTest
class ApiTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 21);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private ApiClient api;
    private OutcomeFixture lists;

    @BeforeEach
    void usersAndLists() throws java.io.IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of(WebTest.OUTPUT));
        ApiUsers.create(users);
        api = new ApiClient(port);
        lists = new OutcomeFixture(jdbc);
    }

    private static JsonNode json(ApiClient.Answer answer) {
        return JSON.readTree(answer.body());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void marketingImportsAFileAndAgainFindsItImportedAlready() {
        byte[] tariffs = utf8("tariff_code,name,monthly_fee,status\nT1,One,100,ACTIVE\nT2,Two,200,LEGACY\n");

        ApiClient.Answer first = api.upload("/api/imports/tariffs", "mark", "tariffs.csv", tariffs);
        ApiClient.Answer again = api.upload("/api/imports/tariffs", "mark", "tariffs.csv", tariffs);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode summary = json(first);
        assertThat(summary.get("read").asLong()).isEqualTo(2);
        assertThat(summary.get("loaded").asLong()).isEqualTo(2);
        assertThat(summary.get("rejected").asLong()).isZero();
        assertThat(summary.get("alreadyImported").asBoolean()).isFalse();
        assertThat(json(again).get("alreadyImported").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff WHERE tariff_code IN ('T1', 'T2')", Long.class))
                .isEqualTo(2);
        JsonNode history = json(api.get("/api/imports", "mark"));
        assertThat(history.get(0).get("by").asString()).isEqualTo("mark");
        assertThat(history.get(0).get("kind").asString()).isEqualTo("tariffs");
        assertThat(history.get(0).get("loaded").asLong()).isEqualTo(2);
    }

    @Test
    void badRowsAreRejectedWithAReportAndTheGoodOnesLoad() {
        byte[] tariffs = utf8("tariff_code,name,monthly_fee,status\nT1,One,100,ACTIVE\nT2,Two,lots,SOMETIMES\n");

        JsonNode summary = json(api.upload("/api/imports/tariffs", "mark", "bad.csv", tariffs));
        ApiClient.Answer rejects = api.get(summary.get("rejects").asString(), "mark");

        assertThat(summary.get("loaded").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(rejects.status()).isEqualTo(200);
        assertThat(rejects.contentType()).startsWith("text/csv");
        assertThat(rejects.body().replace("\uFEFF", "")).startsWith("row,column,value,reason,key")
                .contains("3,monthly_fee,lots,not a number,tariff_code=T2", "SOMETIMES");
        assertThat(jdbc.queryForList("SELECT tariff_code FROM tariff WHERE tariff_code LIKE 'T%'", String.class))
                .containsExactly("T1");
    }

    @Test
    void aHostileOrMissingFileIsRefusedWholeInOneLine() {
        byte[] notAWorkbook = utf8("PK\u0003\u0004 this is not a zip at all");

        ApiClient.Answer hostile = api.upload("/api/imports/subscribers", "mark", "subscribers.xlsx", notAWorkbook);
        ApiClient.Answer wrongColumns = api.upload("/api/imports/tariffs", "mark", "t.csv", utf8("a,b\n1,2\n"));
        ApiClient.Answer unknownKind = api.upload("/api/imports/horses", "mark", "t.csv", utf8("a\n1\n"));
        ApiClient.Answer noFile = api.post("/api/imports/tariffs", "mark");
        ApiClient.Answer tooLarge = api.upload("/api/imports/tariffs", "mark", "big.csv", new byte[100 * 1024]);

        assertThat(hostile.status()).as(hostile.body()).isEqualTo(400);
        assertThat(hostile.body()).contains("subscribers.xlsx");
        assertThat(wrongColumns.status()).isEqualTo(400);
        assertThat(wrongColumns.body()).contains("missing required column");
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.body()).contains("horses");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscriber", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff WHERE tariff_code LIKE 'T%'", Long.class)).isZero();
    }

    @Test
    void anOutcomePostedTwiceIsAppliedOnce() {
        String task = lists.retentionTask(D, 1);
        String accepted = "{\"outcome\":\"ACCEPTED\",\"contactedAt\":\"2026-11-21T11:00\",\"talkSeconds\":\"95\"}";

        ApiClient.Answer first = api.postJson("/api/tasks/" + task + "/outcome", "super", accepted);
        ApiClient.Answer second = api.postJson("/api/tasks/" + task + "/outcome", "super", accepted);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(json(first).get("result").asString()).isEqualTo("recorded");
        assertThat(json(second).get("result").asString()).isEqualTo("already recorded");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome WHERE task_id = ?", Long.class, task)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT agent FROM outcome WHERE task_id = ?", String.class, task)).isEqualTo("super");
        assertThat(lists.status(task)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tariff_order", Long.class)).isEqualTo(1);
    }

    @Test
    void anOutcomeTheRulesRejectIsRefusedWithItsReasonAndNothingIsWritten() {
        String task = lists.retentionTask(D, 1);

        ApiClient.Answer callback = api.postJson("/api/tasks/" + task + "/outcome", "super",
                "{\"outcome\":\"CALLBACK\",\"contactedAt\":\"2026-11-21T11:00\"}");
        ApiClient.Answer unknownCode = api.postJson("/api/tasks/" + task + "/outcome", "super", "{\"outcome\":\"MAYBE\"}");
        ApiClient.Answer unknownTask = api.postJson("/api/tasks/20261121-999999/outcome", "super", "{\"outcome\":\"ACCEPTED\"}");
        ApiClient.Answer notJson = api.postJson("/api/tasks/" + task + "/outcome", "super", "{outcome:");

        assertThat(callback.status()).as(callback.body()).isEqualTo(422);
        assertThat(callback.body()).contains("callback_at");
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(unknownCode.body()).contains("unknown code");
        assertThat(unknownTask.status()).isEqualTo(404);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).isZero();
        assertThat(lists.status(task)).isEqualTo("OPEN");
    }

    @Test
    void aWorkedFileWithATaskOfAnotherTeamIsRefusedWhole() {
        String mine = lists.task(D, 1, "RETENTION", "SAVING", false, 1, "RETENTION_B2B");
        String theirs = lists.task(D, 2, "RETENTION", "SAVING", false, 1, "RETENTION_B2C");
        byte[] file = utf8("task_id,outcome,contacted_at\n" + mine + ",NO_ANSWER,2026-11-21T10:00\n"
                + theirs + ",NO_ANSWER,2026-11-21T10:05\n");

        ApiClient.Answer refused = api.upload("/api/outcomes", "agent", "worked.csv", file);
        ApiClient.Answer byTheirSupervisor = api.upload("/api/outcomes", "admin", "worked.csv", file);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains(theirs, "RETENTION_B2C");
        assertThat(byTheirSupervisor.status()).as(byTheirSupervisor.body()).isEqualTo(200);
        assertThat(json(byTheirSupervisor).get("loaded").asLong()).isEqualTo(2);
    }

    @Test
    void eachCallerSeesOnlyTheirListsAndDownloadsAreAudited() throws Exception {
        lists.task(D, 1, "RETENTION", "SAVING", false, 1, "RETENTION_B2C");
        lists.task(D, 2, "RETENTION", "SAVING", false, 1, "RETENTION_B2B");
        lists.task(D, 3, "RETENTION", "SAVING", false, 1, "RETENTION_B2B");

        JsonNode supervisorLists = json(api.get("/api/call-lists/" + D, "super"));
        JsonNode adminLists = json(api.get("/api/call-lists/" + D, "admin"));
        ApiClient.Answer workbook = api.get("/api/call-lists/" + D + "/RETENTION_B2B.xlsx", "agent");
        ApiClient.Answer dialer = api.get("/api/call-lists/" + D + "/dialer.csv", "agent");
        ApiClient.Answer noList = api.get("/api/call-lists/" + D.plusDays(1) + "/RETENTION_B2B.xlsx", "agent");
        ApiClient.Answer vicidial = api.get("/api/call-lists/" + D + "/dialer-vicidial.txt", "agent");
        ApiClient.Answer noVicidial = api.get("/api/call-lists/" + D.plusDays(1) + "/dialer-vicidial.txt", "agent");

        assertThat(supervisorLists).hasSize(1);
        assertThat(supervisorLists.get(0).get("team").asString()).isEqualTo("RETENTION_B2C");
        assertThat(supervisorLists.get(0).get("byOutcome").get("OPEN").asLong()).isEqualTo(1);
        assertThat(adminLists).hasSize(2);
        assertThat(workbook.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.bytes()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).as("header and two tasks").isEqualTo(2);
        }
        List<String> dialerLines = dialer.body().lines().toList();
        assertThat(dialerLines).hasSize(3);
        assertThat(dialerLines.subList(1, 3)).allMatch(line -> line.endsWith("RETENTION_B2B"));
        assertThat(noList.status()).isEqualTo(404);
        assertThat(vicidial.contentType()).startsWith("text/tab-separated-values");
        assertThat(vicidial.body().lines().toList()).as("two leads of the agent's list, no header").hasSize(2)
                .allMatch(line -> line.split("\t", -1).length == 25 && line.endsWith("\tRETENTION_B2B"));
        assertThat(noVicidial.status()).isEqualTo(404);
        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT login, operation, team, rows FROM audit_log ORDER BY id");
        assertThat(audit).extracting(row -> row.get("login") + " " + row.get("operation") + " " + row.get("rows"))
                .containsExactly("agent download call-list 2", "agent download dialer 2", "agent download dialer 2");
        JsonNode listed = json(api.get("/api/audit?login=agent", "admin"));
        assertThat(listed).hasSize(3);
    }

    @Test
    void anExportIsWrittenAfreshSentAndAudited() {
        ApiClient.Answer offers = api.get("/api/exports/" + D + "/offers", "mark");
        ApiClient.Answer report = api.get("/api/reports/" + D + ".xlsx", "mark");
        ApiClient.Answer unknown = api.get("/api/exports/" + D + "/horses", "mark");

        assertThat(offers.status()).as(offers.body()).isEqualTo(200);
        assertThat(offers.contentType()).startsWith("text/csv");
        assertThat(offers.body().lines().findFirst().orElse("")).contains("subscriber_id");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.bytes()[0]).isEqualTo((byte) 'P');
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.queryForList("SELECT operation || ' ' || kind FROM audit_log ORDER BY id", String.class))
                .containsExactly("download export offers", "download report report");
    }

    @Test
    void theReportsFiguresHoldEverySheetAndASupervisorGetsTheirTeamsOnly() {
        JsonNode all = json(api.get("/api/reports/" + D, "mark"));
        JsonNode mine = json(api.get("/api/reports/" + D, "super"));

        for (String sheet : List.of("funnel", "uplift", "dunning", "outages", "teams", "agents", "migrations",
                "saveDesk", "delivery")) {
            assertThat(all.get(sheet) != null && all.get(sheet).isArray()).as(sheet + " is an array").isTrue();
        }
        assertThat(all.get("scoreUplift").get("churnDays").asInt()).isEqualTo(30);
        assertThat(all.get("scoreUplift").get("deciles").isArray()).isTrue();
        assertThat(all.get("upliftPeriod").get("from").asString()).isEqualTo(D.minusDays(179).toString());
        assertThat(mine.has("saveDesk")).isFalse();
        assertThat(mine.has("teams")).isTrue();
    }

    @Test
    void aSchedulerStartsAJobAndReadsItsRun() {
        ApiClient.Answer started = api.post("/api/jobs/report?date=" + D, "sched");
        ApiClient.Answer unknown = api.post("/api/jobs/horses?date=" + D, "sched");
        ApiClient.Answer badDate = api.post("/api/jobs/report?date=yesterday", "sched");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode run = json(started);
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode detail = json(api.get("/api/runs/" + run.get("id").asLong(), "sched"));
        assertThat(detail.get("job").asString()).isEqualTo("report");
        assertThat(detail.get("date").asString()).isEqualTo(D.toString());
        assertThat(detail.get("steps")).isNotEmpty();
        assertThat(json(api.get("/api/runs?limit=5", "sched")).get(0).get("executionId").asLong())
                .isEqualTo(run.get("id").asLong());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(api.post("/api/runs/" + run.get("id").asLong() + "/restart", "sched").status()).isEqualTo(400);
        assertThat(json(api.get("/api/schedule", "sched")).get("schedules")).hasSize(6);
    }
}
