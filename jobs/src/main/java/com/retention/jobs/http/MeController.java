package com.retention.jobs.http;

import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/me: who the credentials belong to, for a script or a dialer to check its login and scope. */
@RestController
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(String login, String role, List<String> teams, String manager) {
    }

    @GetMapping("/api/me")
    Me me() {
        AppUser user = currentUser.get();
        return new Me(user.login(), user.role().name(), user.teams().stream().sorted().toList(), user.manager());
    }
}
