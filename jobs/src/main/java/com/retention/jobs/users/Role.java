package com.retention.jobs.users;

/**
 * What a login may do over the HTTP API. ADMIN: everything, users and the audit log; SCHEDULER: runs,
 * starts, restarts, the schedule, health; MARKETING: imports (outcomes aside), exports, reports;
 * SUPERVISOR: the call lists, outcomes and report figures of their teams; AGENT: their teams' call lists
 * and those lists' outcomes; MANAGER: their own list {@code VIP-<manager>} and its outcomes.
 * The URL rules are in {@link SecurityConfiguration}; team scoping in the controllers through
 * {@link AppUser#maySeeTeam}.
 */
public enum Role {
    ADMIN, SCHEDULER, MARKETING, SUPERVISOR, AGENT, MANAGER;

    /** The Spring Security authority of the role, as {@code hasRole(...)} expects it. */
    String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose call lists are those of a fixed set of teams. */
    boolean hasTeams() {
        return this == SUPERVISOR || this == AGENT;
    }
}
