package com.retention.jobs.tasks;

import com.retention.domain.contact.SaveCall;
import com.retention.domain.tickets.SaveRequest;
import com.retention.jobs.calllists.files.CallListIndex;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
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

    private final TaskClaimMapper claims;
    private final CallListIndex lists;
    private final TransactionTemplate transactions;
    private final Duration lease;

    TaskClaims(TaskClaimMapper claims, CallListIndex lists, PlatformTransactionManager transactionManager,
            @Value("${retention.desk.lease:5m}") Duration lease) {
        this.claims = claims;
        this.lists = lists;
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
        Optional<TaskClaimMapper.ChosenTask> chosen = claims.choose(login,
                teams == null ? null : teams.toArray(String[]::new), date, now, SaveCall.STEP, SaveRequest.categories());
        if (chosen.isEmpty()) {
            claims.releaseAll(login, null);
            return new Chosen(null, false);
        }
        String taskId = chosen.get().taskId();
        String team = chosen.get().team();
        claims.releaseAll(login, taskId);
        if (!take(taskId, team, login, now)) {
            return new Chosen(null, true);
        }
        return new Chosen(new Claim(taskId, team, login, now.plus(lease)), false);
    }

    /** Renews the lease of a task the login holds (or held, when nobody took it since); false when another holds it. */
    public boolean renew(String taskId, String login, Instant now) {
        return lists.teamOf(taskId).map(team -> take(taskId, team, login, now)).orElse(false);
    }

    /** Whoever holds a live claim of the task other than {@code login}. */
    public Optional<String> heldByAnother(String taskId, String login, Instant now) {
        return claims.heldByAnother(taskId, login, now);
    }

    /** The task is done (or left): its claim goes. */
    public void release(String taskId, String login) {
        claims.release(taskId, login);
    }

    /** Claims or renews; takes over only a lapsed claim or one's own. */
    private boolean take(String taskId, String team, String login, Instant now) {
        return claims.take(taskId, login, team, now, now.plus(lease)) == 1;
    }
}
