package com.retention.jobs.audit;

import com.retention.jobs.users.CurrentUser;
import java.time.LocalDate;
import java.util.List;
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

    private final AuditMapper audit;
    private final CurrentUser currentUser;

    AuditLog(AuditMapper audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Writes one row in its own transaction (REQUIRES_NEW), login from CurrentUser.login(). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String operation, LocalDate businessDate, String team, String kind, long rows, String detail) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("an audit row needs an operation");
        }
        audit.insert(currentUser.login(), operation, businessDate, team, kind, rows, detail);
    }

    /** Newest first; any filter may be null. */
    public List<AuditEntry> recent(int limit, String login, LocalDate businessDate) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return audit.recent(limit, login, businessDate);
    }
}
