package com.retention.jobs.audit;

import com.retention.jobs.users.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data audit trail (152-FZ): every download or upload of personal data writes a row with
 * who, when, what and how many rows. Its own transaction, so the trail stays even when the caller's
 * work rolls back, and a trail row never waits on the caller's commit.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    public AuditLog(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Writes one row in its own transaction (REQUIRES_NEW), login from CurrentUser.login(). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String operation, LocalDate businessDate, String team, String kind, long rows, String detail) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("an audit row needs an operation");
        }
        jdbc.update("""
                INSERT INTO audit_log (login, operation, business_date, team, kind, rows, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, currentUser.login(), operation, businessDate, team, kind, rows, detail);
    }

    /** Newest first; any filter may be null. */
    public List<AuditEntry> recent(int limit, String login, LocalDate businessDate) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, login, operation, business_date, team, kind, rows, detail FROM audit_log WHERE true
                """);
        List<Object> args = new ArrayList<>();
        if (login != null) {
            sql.append(" AND login = ?");
            args.add(login);
        }
        if (businessDate != null) {
            sql.append(" AND business_date = ?");
            args.add(businessDate);
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), AuditLog::entry, args.toArray());
    }

    private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("login"),
                rs.getString("operation"), rs.getObject("business_date", LocalDate.class), rs.getString("team"),
                rs.getString("kind"), rs.getLong("rows"), rs.getString("detail"));
    }
}
