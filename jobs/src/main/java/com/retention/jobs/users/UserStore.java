package com.retention.jobs.users;

import com.retention.jobs.calllists.config.TeamsProperties;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;

/**
 * Users as the rest of the package sees them, over table app_user ({@link UserMapper}): a manager's
 * teams are their VIP list.
 */
@Repository
class UserStore {

    private final UserMapper users;
    private final String vipPrefix;

    UserStore(UserMapper users, TeamsProperties teams) {
        this.users = users;
        this.vipPrefix = teams.vipListPrefix();
    }

    /** False if the login exists already. Team names are checked against the configured teams before. */
    boolean insert(String login, Role role, Set<String> teams, String manager, String passwordHash) {
        return users.insert(login, role, teams.toArray(String[]::new), manager, passwordHash) == 1;
    }

    Optional<StoredUser> find(String login) {
        return users.find(login).map(this::stored);
    }

    List<StoredUser> all() {
        return users.all().stream().map(this::stored).toList();
    }

    boolean disable(String login) {
        return users.disable(login) == 1;
    }

    /** A new password also lifts a lock. */
    boolean setPassword(String login, String passwordHash) {
        return users.setPassword(login, passwordHash) == 1;
    }

    /**
     * One more wrong password; the failure that reaches {@code maxFailures} locks the login and starts a
     * new count. True if this failure locked it.
     */
    boolean recordFailure(String login, int maxFailures, int lockMinutes) {
        return users.recordFailure(login, maxFailures, lockMinutes).orElse(false);
    }

    /** A right password ends the count. */
    void recordSuccess(String login) {
        users.recordSuccess(login);
    }

    private StoredUser stored(UserRow row) {
        Set<String> teams = row.role == Role.MANAGER && row.manager != null ? Set.of(vipPrefix + row.manager)
                : row.teams == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(row.teams));
        AppUser user = new AppUser(row.login, row.role, teams, row.manager, row.enabled);
        return new StoredUser(user, row.passwordHash, row.failedLogins, row.lockedUntil, row.locked);
    }
}
