package com.retention.jobs.console;

import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.users.Role;
import java.util.List;
import java.util.Locale;

/** The form that adds a user; the passwords never go back to the page with a refusal. */
public record UsersForm(String login, String role, List<String> teams, String manager, String password, String again) {

    static UsersForm empty() {
        return new UsersForm("", "", List.of(), "", null, null);
    }

    public List<String> teamList() {
        return teams == null ? List.of() : teams;
    }

    Role roleOrNull() {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("unknown role " + role + "; roles: " + List.of(Role.values()));
        }
    }

    UsersForm withoutPasswords() {
        return new UsersForm(login, role, teamList(), manager, null, null);
    }

    /** The password typed twice, as the command asks it in a terminal. */
    static char[] samePassword(String password, String again) {
        if (password == null || password.isEmpty()) {
            throw new UserInputException("no password given");
        }
        if (!password.equals(again)) {
            throw new UserInputException("the two passwords differ; nothing changed");
        }
        return password.toCharArray();
    }
}
