package com.retention.jobs.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.WebTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The API as a script or a dialer meets it: a real server on a random port, HTTP Basic, the real database. */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest extends IntegrationTest {

    private static final String PASSWORD = "right-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    UserService users;

    @Autowired
    ApplicationContext context;

    private record Response(int status, String body, String challenge, String contentType) {
    }

    @BeforeEach
    void oneUserPerRole() {
        users.add("admin", Role.ADMIN, List.of(), null, PASSWORD.toCharArray());
        users.add("sched", Role.SCHEDULER, List.of(), null, PASSWORD.toCharArray());
        users.add("mark", Role.MARKETING, List.of(), null, PASSWORD.toCharArray());
        users.add("super", Role.SUPERVISOR, List.of("RETENTION_B2C", "BILLING_B2C"), null, PASSWORD.toCharArray());
        users.add("agent", Role.AGENT, List.of("RETENTION_B2B"), null, PASSWORD.toCharArray());
        users.add("petrova", Role.MANAGER, List.of(), "Petrova", PASSWORD.toCharArray());
    }

    private Response call(String method, String path, String login, String password) {
        return call(method, path, login, password, port);
    }

    private Response call(String method, String path, String login, String password, int onPort) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            assertThat(body).as("no stack trace in any body").doesNotContain("\tat ", "Exception", "\"trace\"");
            return new Response(response.statusCode(), body,
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response get(String path, String login) {
        return call("GET", path, login, PASSWORD);
    }

    @Test
    void noCredentialsIs401WithABasicChallengeAndOneLineOfJson() {
        Response response = get("/api/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.challenge()).isEqualTo("Basic realm=\"retention\"");
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"error\":\"authentication required: HTTP Basic with a login of 'retention users'\"}");
    }

    @Test
    void aWrongPasswordOrAnUnknownLoginIs401() {
        Response wrong = call("GET", "/api/me", "mark", "wrong-password");
        Response unknown = call("GET", "/api/me", "nobody", PASSWORD);

        for (Response response : List.of(wrong, unknown)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"error\":\"wrong login or password\"}");
            assertThat(response.challenge()).isEqualTo("Basic realm=\"retention\"");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightOne(CapturedOutput output) {
        for (int i = 0; i < 4; i++) {
            assertThat(call("GET", "/api/me", "mark", "wrong-" + i, port).status()).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE login = 'mark'", Integer.class)).isEqualTo(4);
        assertThat(output.getAll()).doesNotContain("locked for");
        assertThat(call("GET", "/api/me", "mark", "wrong-5", port).status()).isEqualTo(401);
        assertThat(output.getAll()).contains("login mark locked for 15 minutes after 5 wrong passwords in a row")
                .doesNotContain("wrong-5");

        Response right = get("/api/me", "mark");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).matches("\\{\"error\":\"login locked until \\d\\d:\\d\\d\"}");
        Integer minutes = jdbc.queryForObject(
                "SELECT round(extract(epoch FROM locked_until - now()) / 60)::int FROM app_user WHERE login = 'mark'", Integer.class);
        assertThat(minutes).isEqualTo(15);
        // the other logins are not concerned
        assertThat(get("/api/me", "admin").status()).isEqualTo(200);
    }

    @Test
    void aLockEndsWhenItsTimeHasPassedAndASuccessStartsTheCountAfresh() {
        for (int i = 0; i < 5; i++) {
            call("GET", "/api/me", "mark", "wrong-" + i);
        }
        assertThat(get("/api/me", "mark").status()).isEqualTo(401);
        // 15 minutes later: the database clock decides, so move the lock into the past
        jdbc.update("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE login = 'mark'");

        assertThat(get("/api/me", "mark").status()).isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT failed_logins, locked_until FROM app_user WHERE login = 'mark'"))
                .containsEntry("failed_logins", 0).containsEntry("locked_until", null);

        // "in a row": four wrong, one right, four wrong again is no lock
        for (int i = 0; i < 4; i++) {
            call("GET", "/api/me", "mark", "wrong-" + i);
        }
        assertThat(get("/api/me", "mark").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            call("GET", "/api/me", "mark", "wrong-" + i);
        }
        assertThat(get("/api/me", "mark").status()).isEqualTo(200);
    }

    @Test
    void aDisabledLoginIs401EvenWithTheRightPassword() {
        users.disable("agent");

        Response response = get("/api/me", "agent");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"login disabled\"}");
    }

    @Test
    void meTellsEveryRoleWhoItIs() {
        assertThat(get("/api/me", "admin").body()).isEqualTo("{\"login\":\"admin\",\"role\":\"ADMIN\",\"teams\":[],\"manager\":null}");
        assertThat(get("/api/me", "sched").body()).isEqualTo("{\"login\":\"sched\",\"role\":\"SCHEDULER\",\"teams\":[],\"manager\":null}");
        assertThat(get("/api/me", "mark").body()).isEqualTo("{\"login\":\"mark\",\"role\":\"MARKETING\",\"teams\":[],\"manager\":null}");
        assertThat(get("/api/me", "super").body())
                .isEqualTo("{\"login\":\"super\",\"role\":\"SUPERVISOR\",\"teams\":[\"BILLING_B2C\",\"RETENTION_B2C\"],\"manager\":null}");
        assertThat(get("/api/me", "agent").body())
                .isEqualTo("{\"login\":\"agent\",\"role\":\"AGENT\",\"teams\":[\"RETENTION_B2B\"],\"manager\":null}");
        assertThat(get("/api/me", "petrova").body())
                .isEqualTo("{\"login\":\"petrova\",\"role\":\"MANAGER\",\"teams\":[\"VIP-Petrova\"],\"manager\":\"Petrova\"}");
    }

    @Test
    void anUnknownApiPathIsForbiddenToAllButAdmin() {
        Response marketing = get("/api/x", "mark");

        assertThat(marketing.status()).isEqualTo(403);
        assertThat(marketing.contentType()).startsWith("application/json");
        assertThat(marketing.body()).isEqualTo("{\"error\":\"forbidden: your role may not GET /api/x\"}");
        // an ADMIN passes security and meets the application's own "not found", still without a trace
        assertThat(get("/api/x", "admin").status()).isEqualTo(404);
        assertThat(get("/api/audit", "super").status()).isEqualTo(403);
    }

    @Test
    void eachRoleReachesItsOwnUrlsOnly() {
        // "passes" = security lets it through to the application (which may not serve the URL yet: 404)
        record Rule(String method, String path, List<String> allowed) {
        }
        List<String> all = List.of("admin", "sched", "mark", "super", "agent", "petrova");
        List<Rule> rules = List.of(
                new Rule("GET", "/api/runs", List.of("admin", "sched")),
                new Rule("GET", "/api/runs/12", List.of("admin", "sched")),
                new Rule("POST", "/api/runs/12/restart", List.of("admin", "sched")),
                new Rule("POST", "/api/jobs/nightly", List.of("admin", "sched")),
                new Rule("GET", "/api/schedule", List.of("admin", "sched")),
                new Rule("POST", "/api/imports/usage", List.of("admin", "mark")),
                new Rule("POST", "/api/imports/outcomes", List.of("admin")),
                new Rule("GET", "/api/imports", List.of("admin", "mark")),
                new Rule("GET", "/api/imports/7/rejects", List.of("admin", "mark")),
                new Rule("GET", "/api/exports/2026-11-22/scores", List.of("admin", "mark")),
                new Rule("GET", "/api/reports/2026-11-22", List.of("admin", "mark", "super")),
                new Rule("GET", "/api/reports/2026-11-22.xlsx", List.of("admin", "mark")),
                new Rule("GET", "/api/reports/2026-11-22?format=xlsx", List.of("admin", "mark")),
                new Rule("GET", "/api/reports/2026-11-22/campaign-report.xlsx", List.of("admin", "mark")),
                new Rule("GET", "/api/call-lists/2026-11-22/RETENTION_B2C", List.of("admin", "super", "agent", "petrova")),
                new Rule("POST", "/api/outcomes", List.of("admin", "super", "agent", "petrova")),
                new Rule("POST", "/api/tasks/20261122-000001/outcome", List.of("admin", "super", "agent", "petrova")),
                new Rule("GET", "/api/audit", List.of("admin")),
                new Rule("GET", "/api/users", List.of("admin")));
        for (Rule rule : rules) {
            for (String login : all) {
                int status = call(rule.method(), rule.path(), login, PASSWORD).status();
                if (rule.allowed().contains(login)) {
                    assertThat(status).as(login + " " + rule.method() + " " + rule.path()).isNotIn(401, 403);
                } else {
                    assertThat(status).as(login + " " + rule.method() + " " + rule.path()).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void outsideTheApiActuatorStaysOpenAndTheConsoleAsksToSignIn() {
        assertThat(call("GET", "/actuator/health", null, null, managementPort).status()).isEqualTo(200);

        Response elsewhere = get("/operations", null);

        assertThat(elsewhere.status()).as("to the console's sign-in page").isEqualTo(302);
        assertThat(elsewhere.challenge()).as("no browser prompt").isNull();
    }

    @Test
    void theOnlyUsersAreThoseOfTheDatabase() {
        // Spring Boot's default user (with a generated password in the log) is never created
        assertThat(context.getBeansOfType(UserDetailsService.class)).containsOnlyKeys("appUserDetailsService");
    }
}
