package com.retention.jobs.console;

import com.retention.jobs.users.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The console's pages and who may open each: the one place the console's access rules are written.
 * The security chain allows each page's address to its roles only (and ADMIN), and the menu shows
 * a user the pages they may open.
 */
public enum ConsolePage {

    OPERATIONS("/operations", "nav.operations", Role.SCHEDULER),
    IMPORTS("/imports", "nav.imports", Role.MARKETING),
    CALL_LISTS("/call-lists", "nav.callLists", Role.SUPERVISOR, Role.AGENT, Role.MANAGER),
    AGENT("/agent", "nav.agent", Role.AGENT, Role.MANAGER),
    REPORTS("/reports", "nav.reports", Role.MARKETING, Role.SUPERVISOR),
    USERS("/users", "nav.users");

    private final String path;
    private final String title;
    private final Set<Role> roles;

    ConsolePage(String path, String title, Role... roles) {
        this.path = path;
        this.title = title;
        this.roles = Set.copyOf(Arrays.asList(roles));
    }

    public String path() {
        return path;
    }

    /** The message key of the page's name in the menu. */
    public String title() {
        return title;
    }

    public boolean openTo(Role role) {
        return role == Role.ADMIN || roles.contains(role);
    }

    /** The roles allowed, as Spring Security names them (ADMIN included). */
    public String[] roleNames() {
        return Arrays.stream(Role.values()).filter(this::openTo).map(Role::name).toArray(String[]::new);
    }

    public static List<ConsolePage> openTo(Set<Role> roles) {
        return Arrays.stream(values()).filter(page -> roles.stream().anyMatch(page::openTo)).toList();
    }
}
