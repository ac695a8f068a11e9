package com.retention.jobs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.WebTest;
import com.retention.jobs.support.OutcomeFixture;
import com.retention.jobs.users.UserService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every endpoint: allowed (any answer but 401 and 403), 401 without credentials,
 * 403 for the others, including a list or a task of another team. Requests that would change
 * something are sent so that they are refused on their content (a bad outcome code, no file, an
 * unknown job), so the matrix itself writes nothing.
 */
@WebTest
class ApiAccessTest extends IntegrationTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 21);

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    private record Endpoint(String method, String path, Set<String> allowed) {
    }

    private static Set<String> roles(String... logins) {
        Set<String> allowed = new java.util.HashSet<>(Set.of(logins));
        allowed.add("admin"); // an administrator may do everything
        return allowed;
    }

    @Test
    void everyRoleMeetsExactlyItsRights() {
        ApiUsers.create(users);
        OutcomeFixture lists = new OutcomeFixture(jdbc);
        String b2cTask = lists.task(D, 1, "RETENTION", "SAVING", false, 1, "RETENTION_B2C");
        String b2bTask = lists.task(D, 2, "RETENTION", "SAVING", false, 1, "RETENTION_B2B");
        String vipTask = lists.task(D, 3, "RETENTION", "SAVING", false, 1, "VIP-Petrova");
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "/api/me", roles(ApiUsers.ALL.toArray(String[]::new))),
                new Endpoint("GET", "/api/runs?limit=5", roles("sched")),
                new Endpoint("GET", "/api/runs/999999", roles("sched")),
                new Endpoint("POST", "/api/runs/999999/restart", roles("sched")),
                new Endpoint("POST", "/api/jobs/horses?date=" + D, roles("sched")),
                new Endpoint("GET", "/api/schedule", roles("sched")),
                new Endpoint("POST", "/api/imports/tariffs", roles("mark")),
                new Endpoint("POST", "/api/imports/outcomes", roles()),
                new Endpoint("GET", "/api/imports", roles("mark")),
                new Endpoint("GET", "/api/imports/999999/rejects", roles("mark")),
                new Endpoint("GET", "/api/exports/" + D + "/offers", roles("mark")),
                new Endpoint("GET", "/api/reports/" + D + ".xlsx", roles("mark")),
                new Endpoint("GET", "/api/reports/" + D, roles("mark", "super")),
                new Endpoint("GET", "/api/call-lists/" + D, roles("super", "agent", "petrova")),
                new Endpoint("GET", "/api/call-lists/" + D + "/RETENTION_B2C.xlsx", roles("super")),
                new Endpoint("GET", "/api/call-lists/" + D + "/RETENTION_B2B.xlsx", roles("agent")),
                new Endpoint("GET", "/api/call-lists/" + D + "/VIP-Petrova.xlsx", roles("petrova")),
                new Endpoint("GET", "/api/call-lists/" + D + "/dialer.csv", roles("super", "agent", "petrova")),
                new Endpoint("GET", "/api/call-lists/" + D + "/dialer-vicidial.txt", roles("super", "agent", "petrova")),
                new Endpoint("POST", "/api/outcomes", roles("super", "agent", "petrova")),
                new Endpoint("POST", "/api/tasks/" + b2cTask + "/outcome", roles("super")),
                new Endpoint("POST", "/api/tasks/" + b2bTask + "/outcome", roles("agent")),
                new Endpoint("POST", "/api/tasks/" + vipTask + "/outcome", roles("petrova")),
                new Endpoint("GET", "/api/audit", roles()),
                new Endpoint("GET", "/api/users", roles()));
        ApiClient api = new ApiClient(port);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            int anonymous = send(api, endpoint, null).status();
            if (anonymous != 401) {
                wrong.add("nobody " + endpoint.method() + " " + endpoint.path() + " -> " + anonymous);
            }
            for (String login : ApiUsers.ALL) {
                ApiClient.Answer answer = send(api, endpoint, login);
                boolean allowed = endpoint.allowed().contains(login);
                boolean ok = allowed ? answer.status() != 401 && answer.status() != 403 && answer.status() < 500
                        : answer.status() == 403;
                if (!ok) {
                    wrong.add(login + " " + endpoint.method() + " " + endpoint.path() + " -> " + answer.status()
                            + " " + answer.body() + (allowed ? " (allowed)" : " (not allowed)"));
                }
            }
        }
        assertThat(wrong).as("answers against the rights").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outcome", Long.class)).as("the matrix wrote nothing").isZero();
    }

    /** A refused request on its content: an unknown outcome code. */
    private static ApiClient.Answer send(ApiClient api, Endpoint endpoint, String login) {
        if (endpoint.path().endsWith("/outcome")) {
            return api.postJson(endpoint.path(), login, "{\"outcome\":\"NOT_A_CODE\"}");
        }
        if (endpoint.method().equals("POST") && (endpoint.path().startsWith("/api/imports")
                || endpoint.path().equals("/api/outcomes"))) {
            return api.upload(endpoint.path(), login, "x.csv", "nothing,useful\n1,2\n".getBytes(StandardCharsets.UTF_8));
        }
        return endpoint.method().equals("GET") ? api.get(endpoint.path(), login) : api.post(endpoint.path(), login);
    }
}
