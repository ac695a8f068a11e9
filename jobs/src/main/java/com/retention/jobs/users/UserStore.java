package com.retention.jobs.users;

import com.retention.jobs.calllists.config.TeamsProperties;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Table app_user. Lock times are the database's {@code now()}, so serve nodes whose clocks differ
 * agree on when a lock ends.
 */
@Repository
class UserStore {

    private static final String COLUMNS = """
            login, role, teams, manager, password_hash, enabled, failed_logins, locked_until,
            coalesce(locked_until > now(), false) AS locked
            """;

    private final JdbcTemplate jdbc;
    private final String vipPrefix;

    UserStore(JdbcTemplate jdbc, TeamsProperties teams) {
        this.jdbc = jdbc;
        this.vipPrefix = teams.vipListPrefix();
    }

    /** False if the login exists already. */
    boolean insert(String login, Role role, Set<String> teams, String manager, String passwordHash) {
        return jdbc.update("""
                INSERT INTO app_user (login, role, teams, manager, password_hash)
                VALUES (?, ?, ?::text[], ?, ?)
                ON CONFLICT (login) DO NOTHING
                """, login, role.name(), arrayLiteral(teams), manager, passwordHash) == 1;
    }

    Optional<StoredUser> find(String login) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE login = ?", this::row, login)
                .stream().findFirst();
    }

    List<StoredUser> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY login", this::row);
    }

    boolean disable(String login) {
        return jdbc.update("UPDATE app_user SET enabled = false WHERE login = ?", login) == 1;
    }

    /** A new password also lifts a lock: the admin who sets it vouches for the person. */
    boolean setPassword(String login, String passwordHash) {
        return jdbc.update("""
                UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE login = ?
                """, passwordHash, login) == 1;
    }

    /**
     * One more wrong password, in one statement so that concurrent requests on several nodes count each
     * failure once; the failure that reaches {@code maxFailures} locks the login and starts a new count.
     * True if this failure locked it.
     */
    boolean recordFailure(String login, int maxFailures, int lockMinutes) {
        List<Boolean> locked = jdbc.queryForList("""
                UPDATE app_user
                SET failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END,
                    locked_until = CASE WHEN failed_logins + 1 >= ? THEN now() + make_interval(mins => ?)
                                        ELSE locked_until END
                WHERE login = ?
                RETURNING failed_logins = 0 AND coalesce(locked_until > now(), false)
                """, Boolean.class, maxFailures, maxFailures, lockMinutes, login);
        return !locked.isEmpty() && locked.get(0);
    }

    /** A right password ends the count; no write at all in the usual case of nothing to reset. */
    void recordSuccess(String login) {
        jdbc.update("""
                UPDATE app_user SET failed_logins = 0, locked_until = NULL
                WHERE login = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)
                """, login);
    }

    private StoredUser row(ResultSet rs, int rowNum) throws SQLException {
        Role role = Role.valueOf(rs.getString("role"));
        String manager = rs.getString("manager");
        Set<String> teams = role == Role.MANAGER && manager != null ? Set.of(vipPrefix + manager) : teams(rs.getArray("teams"));
        AppUser user = new AppUser(rs.getString("login"), role, teams, manager, rs.getBoolean("enabled"));
        return new StoredUser(user, rs.getString("password_hash"), rs.getInt("failed_logins"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("locked"));
    }

    private static Set<String> teams(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    /** A text[] literal; team names are checked against the configured teams before they get here. */
    private static String arrayLiteral(Set<String> teams) {
        StringBuilder literal = new StringBuilder("{");
        for (String team : teams) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(team.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
