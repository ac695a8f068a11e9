package com.retention.jobs.users;

import com.retention.jobs.calllists.config.TeamsProperties;
import com.retention.jobs.errors.UserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Adds, lists, disables users and changes passwords, refusing bad input with one clear line. */
@Service
public class UserService {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    static final int MIN_PASSWORD = 8;
    /** BCrypt reads no further than 72 bytes: a longer password would match any password sharing them. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final TeamsProperties teams;

    UserService(UserStore store, PasswordEncoder encoder, TeamsProperties teams) {
        this.store = store;
        this.encoder = encoder;
        this.teams = teams;
    }

    /**
     * Checks everything about a new login but its password, so the command line refuses bad input before
     * asking for one; {@link #add} checks again.
     */
    public void checkNew(String login, Role role, Collection<String> teamNames, String manager) {
        checkLogin(login);
        if (role == null) {
            throw new UserInputException("a role is needed: one of " + List.of(Role.values()));
        }
        checkScope(role, teamSet(teamNames), managerName(manager));
        if (store.find(login).isPresent()) {
            throw exists(login);
        }
    }

    public AppUser add(String login, Role role, Collection<String> teamNames, String manager, char[] password) {
        checkNew(login, role, teamNames, manager);
        String hash = encoder.encode(checkedPassword(password));
        if (!store.insert(login, role, teamSet(teamNames), managerName(manager), hash)) {
            throw exists(login); // added meanwhile by someone else
        }
        return store.find(login).orElseThrow().user();
    }

    public void checkExists(String login) {
        if (store.find(login).isEmpty()) {
            throw noSuchLogin(login);
        }
    }

    public List<UserSummary> list() {
        return store.all().stream()
                .map(s -> new UserSummary(s.user(), s.failedLogins(), s.lockedUntil(), s.locked()))
                .toList();
    }

    public void disable(String login) {
        if (!store.disable(login)) {
            throw noSuchLogin(login);
        }
    }

    /** Also lifts a lock on the login. */
    public void changePassword(String login, char[] password) {
        checkExists(login);
        store.setPassword(login, encoder.encode(checkedPassword(password)));
    }

    private static Set<String> teamSet(Collection<String> teamNames) {
        Set<String> userTeams = new LinkedHashSet<>();
        if (teamNames != null) {
            teamNames.forEach(t -> userTeams.add(t.strip()));
        }
        return userTeams;
    }

    private static String managerName(String manager) {
        return manager == null || manager.isBlank() ? null : manager.strip();
    }

    private static UserInputException exists(String login) {
        return new UserInputException("login " + login + " exists already (a new password: 'retention users password "
                + login + "')");
    }

    private static void checkLogin(String login) {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new UserInputException("login must be 2 to 40 characters: a lowercase letter, then lowercase letters,"
                    + " digits, '.', '_' or '-' (got '" + login + "')");
        }
    }

    private void checkScope(Role role, Set<String> userTeams, String userManager) {
        if (role.hasTeams()) {
            if (userTeams.isEmpty()) {
                throw new UserInputException("a " + role + " needs at least one --team, one of " + knownTeams());
            }
            for (String team : userTeams) {
                if (!teams.lists().containsKey(team)) {
                    throw new UserInputException("unknown team " + team + ": the teams of retention.teams.lists are "
                            + knownTeams());
                }
            }
            if (userManager != null) {
                throw new UserInputException("a " + role + " takes no --manager (that is for a MANAGER)");
            }
        } else if (role == Role.MANAGER) {
            if (userManager == null) {
                throw new UserInputException("a MANAGER needs --manager NAME: the personal manager whose list "
                        + teams.vipListPrefix() + "NAME they work");
            }
            if (!userTeams.isEmpty()) {
                throw new UserInputException("a MANAGER takes no --team: they see their own list "
                        + teams.vipListPrefix() + userManager);
            }
        } else if (!userTeams.isEmpty() || userManager != null) {
            throw new UserInputException("a " + role + " takes no --team or --manager (only SUPERVISOR, AGENT and MANAGER do)");
        }
    }

    private String knownTeams() {
        return String.join(", ", new TreeSet<>(teams.lists().keySet()));
    }

    private static String checkedPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new UserInputException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        String text = new String(password);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserInputException("the password must have at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt ignores the rest)");
        }
        return text;
    }

    private static UserInputException noSuchLogin(String login) {
        return new UserInputException("no login " + login + " (see 'retention users list')");
    }
}
