package com.retention.jobs.tasks;

import com.retention.jobs.calllists.files.CallListIndex;
import com.retention.jobs.calllists.files.CallTaskRows;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.spreadsheet.CallListRow;
import com.retention.jobs.users.AppUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The agent screen's rules: which task an agent works next (today's lists of the user, open, without
 * an outcome, calling window open now, in rank order, not held by another agent), and saving its
 * outcome through {@link TaskOutcomes}, the API's own door, after which the claim goes.
 */
@Service
public class AgentDesk {

    /** A task on the screen: its workbook row, its list, and until when the agent holds it. */
    public record DeskTask(CallListRow row, String team, LocalDate listDate, Instant heldUntil) {
    }

    private final TaskClaims claims;
    private final CallTaskRows rows;
    private final CallListIndex lists;
    private final TaskOutcomes outcomes;
    private final JobLaunchService launcher;
    private final Clock clock;

    AgentDesk(TaskClaims claims, CallTaskRows rows, CallListIndex lists, TaskOutcomes outcomes,
            JobLaunchService launcher, Clock clock) {
        this.claims = claims;
        this.rows = rows;
        this.lists = lists;
        this.outcomes = outcomes;
        this.launcher = launcher;
        this.clock = clock;
    }

    public LocalDate today() {
        return launcher.today();
    }

    public long leaseMillis() {
        return claims.lease().toMillis();
    }

    /** The lists the user may pick from today: ADMIN every list of the day, others their own. */
    public List<String> teams(AppUser me) {
        if (me.seesAllTeams()) {
            return lists.lists(today(), null).stream().map(CallListIndex.ListCounts::team).toList();
        }
        return me.visibleTeams().stream().sorted().toList();
    }

    /**
     * The user's next task, claimed for them.
     *
     * @param team one of the user's lists, or null: all of them (ADMIN: every list)
     */
    public Optional<DeskTask> next(AppUser me, String team) {
        LocalDate date = today();
        Set<String> from;
        if (team != null && !team.isBlank()) {
            if (!me.maySeeTeam(team)) {
                throw new AccessDeniedException("the list " + team + " is not one of yours");
            }
            from = Set.of(team);
        } else {
            from = me.seesAllTeams() ? null : me.visibleTeams();
        }
        if (from != null && from.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return claims.next(me.login(), from, date, now).flatMap(claim -> rows.row(date, claim.taskId())
                .map(row -> new DeskTask(row, claim.team(), date, claim.expiresAt())));
    }

    /** The screen is still on the task: the lease runs on. False when another agent holds it now. */
    public boolean stillWorking(AppUser me, String taskId) {
        return claims.renew(taskId, me.login(), clock.instant());
    }

    /**
     * Saves the outcome of the task on the screen, contacted now unless told, as the API would;
     * refused when another agent holds the task since this one's lease ran out.
     */
    public TaskOutcomes.Recorded save(AppUser me, String taskId, TaskOutcome outcome) {
        Instant now = clock.instant();
        Optional<String> other = claims.heldByAnother(taskId, me.login(), now);
        if (other.isPresent()) {
            throw new UserInputException("task " + taskId + " is worked by " + other.get() + " now: your hold on it ran out");
        }
        TaskOutcome contacted = outcome.contactedAt() == null || outcome.contactedAt().isBlank()
                ? outcome.contactedAt(now.atZone(clock.getZone()).toOffsetDateTime().toString())
                : outcome;
        TaskOutcomes.Recorded recorded = outcomes.record(taskId, contacted, me);
        claims.release(taskId, me.login());
        return recorded;
    }
}
