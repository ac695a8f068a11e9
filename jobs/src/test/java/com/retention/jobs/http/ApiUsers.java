package com.retention.jobs.http;

import com.retention.jobs.users.Role;
import com.retention.jobs.users.UserService;
import java.util.List;

/** One login per role: a supervisor of RETENTION_B2C, an agent of RETENTION_B2B, Petrova's VIP list. */
final class ApiUsers {

    static final List<String> ALL = List.of("admin", "sched", "mark", "super", "agent", "petrova");

    private ApiUsers() {
    }

    static void create(UserService users) {
        users.add("admin", Role.ADMIN, List.of(), null, ApiClient.PASSWORD.toCharArray());
        users.add("sched", Role.SCHEDULER, List.of(), null, ApiClient.PASSWORD.toCharArray());
        users.add("mark", Role.MARKETING, List.of(), null, ApiClient.PASSWORD.toCharArray());
        users.add("super", Role.SUPERVISOR, List.of("RETENTION_B2C"), null, ApiClient.PASSWORD.toCharArray());
        users.add("agent", Role.AGENT, List.of("RETENTION_B2B"), null, ApiClient.PASSWORD.toCharArray());
        users.add("petrova", Role.MANAGER, List.of(), "Petrova", ApiClient.PASSWORD.toCharArray());
    }
}
