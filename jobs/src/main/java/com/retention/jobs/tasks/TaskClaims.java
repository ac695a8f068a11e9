package com.retention.jobs.tasks;

import com.retention.domain.contact.SaveCall;
import com.retention.domain.tickets.SaveRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which agent works which task now, so that two agents of one team never get the same task: a
 * claim is a lease ({@code retention.desk.lease}, 5 minutes by default) that the agent screen renews
 * while the task is on it; an agent who leaves lets it run out and the task is free again. Each login
 * holds one claim at a time. A SAVE task (README, "Save desk") is handed out only while its subscriber's
 * request to leave is open and they have not terminated: one closed during the day is dropped at once.
 *
 * <p>Choosing and claiming is one short transaction: the chosen task's row is locked with
 * {@code FOR UPDATE SKIP LOCKED}, so a second agent choosing at the same moment passes on to the next
 * task instead of waiting; the claim is written with a conditional upsert that takes over only a
 * lapsed claim or one's own, so an agent whose query read a claim-free snapshot still cannot take a
 * task another agent claimed a moment before (then it chooses again).
 */
@Service
public class TaskClaims {

    /** A task the login holds until {@code expiresAt}. */
    public record Claim(String taskId, String team, String login, Instant expiresAt) {
    }

    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Duration lease;

    TaskClaims(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${retention.desk.lease:5m}") Duration lease) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.lease = lease;
    }

    public Duration lease() {
        return lease;
    }

    /**
     * The task {@code login} should work now on the lists of {@code date}: the one it holds already if
     * that is still to be worked, else the first free one in rank order whose calling window is open
     * at {@code now} and that has no outcome yet.
     *
     * @param teams the lists to take from; null: every list (ADMIN)
     */
    public Optional<Claim> next(String login, Set<String> teams, LocalDate date, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Chosen result = transactions.execute(status -> claimOne(login, teams, date, now));
            if (result.claim != null || !result.raced) {
                return Optional.ofNullable(result.claim);
            }
        }
        return Optional.empty(); // every choice was taken under our feet: the screen asks again
    }

    /** What one try found: a claim, or none; {@code raced}: another agent took the chosen task first. */
    private record Chosen(Claim claim, boolean raced) {
    }

    private Chosen claimOne(String login, Set<String> teams, LocalDate date, Instant now) {
        Timestamp at = Timestamp.from(now);
        String[] lists = teams == null ? null : teams.toArray(String[]::new);
        List<String[]> chosen = jdbc.query("""
                SELECT t.task_id, t.team FROM call_task t
                WHERE t.business_date = ? AND (?::text[] IS NULL OR t.team = ANY(?::text[]))
                  AND t.status = 'OPEN'
                  AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.task_id = t.task_id)
                  AND (t.campaign <> 'RETENTION' OR t.step <> ? OR EXISTS (
                          SELECT 1 FROM ticket r JOIN subscriber s ON s.subscriber_id = r.subscriber_id
                          WHERE r.subscriber_id = t.subscriber_id AND s.status <> 'TERMINATED'
                            AND r.category = ANY (?::text[]) AND r.opened_at < ?
                            AND (r.closed_at IS NULL OR r.closed_at >= ?)))
                  AND t.earliest_utc <= ? AND ? < t.latest_utc
                  AND NOT EXISTS (SELECT 1 FROM task_claim c
                                  WHERE c.task_id = t.task_id AND c.login <> ? AND c.expires_at > ?)
                ORDER BY EXISTS (SELECT 1 FROM task_claim c WHERE c.task_id = t.task_id AND c.login = ?) DESC,
                         t.rank, t.team
                LIMIT 1
                FOR UPDATE OF t SKIP LOCKED
                """, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                date, lists, lists, SaveCall.STEP, SaveRequest.categories(), at, at, at, at, login, at, login);
        if (chosen.isEmpty()) {
            jdbc.update("DELETE FROM task_claim WHERE login = ?", login);
            return new Chosen(null, false);
        }
        String taskId = chosen.get(0)[0];
        String team = chosen.get(0)[1];
        jdbc.update("DELETE FROM task_claim WHERE login = ? AND task_id <> ?", login, taskId);
        if (!take(taskId, team, login, now)) {
            return new Chosen(null, true);
        }
        return new Chosen(new Claim(taskId, team, login, now.plus(lease)), false);
    }

    /** Renews the lease of a task the login holds (or held, when nobody took it since); false when another holds it. */
    public boolean renew(String taskId, String login, Instant now) {
        String team = jdbc.queryForList("SELECT team FROM call_task WHERE task_id = ?", String.class, taskId)
                .stream().findFirst().orElse(null);
        return team != null && take(taskId, team, login, now);
    }

    /** Whoever holds a live claim of the task other than {@code login}. */
    public Optional<String> heldByAnother(String taskId, String login, Instant now) {
        return jdbc.queryForList("SELECT login FROM task_claim WHERE task_id = ? AND login <> ? AND expires_at > ?",
                String.class, taskId, login, Timestamp.from(now)).stream().findFirst();
    }

    /** The task is done (or left): its claim goes. */
    public void release(String taskId, String login) {
        jdbc.update("DELETE FROM task_claim WHERE task_id = ? AND login = ?", taskId, login);
    }

    /** Claims or renews; takes over only a lapsed claim or one's own. */
    private boolean take(String taskId, String team, String login, Instant now) {
        return jdbc.update("""
                INSERT INTO task_claim AS c (task_id, login, team, claimed_at, expires_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE
                   SET login = EXCLUDED.login, team = EXCLUDED.team, expires_at = EXCLUDED.expires_at,
                       claimed_at = CASE WHEN c.login = EXCLUDED.login THEN least(c.claimed_at, EXCLUDED.claimed_at)
                                         ELSE EXCLUDED.claimed_at END
                 WHERE c.login = EXCLUDED.login OR c.expires_at <= EXCLUDED.claimed_at
                """, taskId, login, team, Timestamp.from(now), Timestamp.from(now.plus(lease))) == 1;
    }
}
