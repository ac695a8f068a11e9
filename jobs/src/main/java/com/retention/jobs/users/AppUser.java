package com.retention.jobs.users;

import java.util.Objects;
import java.util.Set;

/**
 * A login as the API sees it. For a MANAGER, {@code teams} is the one list {@code VIP-<manager>}
 * (filled in from {@code manager} when not given, so the store can pass the configured prefix).
 */
public record AppUser(String login, Role role, Set<String> teams, String manager, boolean enabled) {

    static final String DEFAULT_VIP_PREFIX = "VIP-";

    public AppUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        if (role == Role.MANAGER && teams.isEmpty() && manager != null) {
            teams = Set.of(DEFAULT_VIP_PREFIX + manager);
        }
    }

    /** ADMIN sees every team; SUPERVISOR and AGENT their teams; MANAGER only "VIP-" + manager; others none. */
    public boolean maySeeTeam(String team) {
        if (team == null) {
            return seesAllTeams();
        }
        return switch (role) {
            case ADMIN -> true;
            case SUPERVISOR, AGENT, MANAGER -> teams.contains(team);
            case SCHEDULER, MARKETING -> false;
        };
    }

    /** True for ADMIN only (a null team filter means all). */
    public boolean seesAllTeams() {
        return role == Role.ADMIN;
    }

    /** The teams whose lists this user may see, for roles that see a fixed set (empty for ADMIN: use seesAllTeams). */
    public Set<String> visibleTeams() {
        return switch (role) {
            case SUPERVISOR, AGENT, MANAGER -> teams;
            case ADMIN, SCHEDULER, MARKETING -> Set.of();
        };
    }
}
