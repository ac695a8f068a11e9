package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CallWindows;
import com.retention.domain.contact.ContactPolicy;
import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.contact.TeamCapacity;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.messages.MessageRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step {@code policy}: decides every candidate of D and writes the day's call tasks and notifications.
 * <ol>
 * <li>D's candidates stream in phone order; runs of whole phones ({@link #chunkSize} candidates or so)
 *     are decided by the domain's ContactPolicy with their contact history. Decisions are written as
 *     they come; only each call winner stays in memory, as a ~100-byte {@link ListedCall}.</li>
 * <li>The winners are cut per team at capacity, in list order ({@link CapacityCut}).</li>
 * <li>Call tasks and notifications are rendered and written streaming from the decided rows.</li>
 * </ol>
 * Memory is bounded by one chunk plus the day's call winners (at most one per phone). Each pass
 * commits on its own connection; the step starts by clearing D's decisions, so a restart redoes it whole.
 */
@Component
public class DayPolicy {

    private static final Logger log = LoggerFactory.getLogger(DayPolicy.class);

    private final SqlSessionFactory sessions;
    private final ContactPolicyConfig config;
    private final TeamCapacity capacity;
    private final MessageRenderer renderer;
    private final int chunkSize;

    public DayPolicy(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions, ContactPolicyConfig config,
                     TeamCapacity capacity, MessageRenderer renderer,
                     @Value("${retention.contact.policy-chunk:20000}") int chunkSize) {
        this.sessions = sessions;
        this.config = config;
        this.capacity = capacity;
        this.renderer = renderer;
        this.chunkSize = chunkSize;
    }

    public PolicyCounts decide(CallListDay day) {
        Map<String, Object> p = day.asParameters();
        clear(p);
        ZoneResolver zones = new ZoneResolver(day.operatorZone());
        CapacityCut winners = new CapacityCut(capacity);
        long read;
        Map<String, int[]> teams;
        try (DecisionWriter decisions = new DecisionWriter(sessions)) {
            read = decideChunks(day, p, zones, decisions, winners);
            log.info("policy for {}: {} candidates read, {} call winners held for the capacity cut", day.date(), read,
                    winners.size());
            teams = winners.cut(decisions);
            decisions.commit();
        }
        try (SqlSession session = sessions.openSession()) {
            PolicyMapper mapper = session.getMapper(PolicyMapper.class);
            mapper.markControlOffers(p);
            mapper.closeFollowedUpTasks(p);
            session.commit();
        }
        CallWindows windows = new CallWindows(config.callWindow(), config.holidays());
        long tasks = new CallTaskWriter(sessions, windows, renderer).write(p, day.date(), zones);
        long notifications = new NotificationWriter(sessions, renderer).write(p, day.date(), zones);
        teams.forEach((team, c) -> log.info("  {}: {} listed, {} carried over", team, c[0], c[1]));
        return new PolicyCounts(read, tasks, notifications);
    }

    private void clear(Map<String, Object> p) {
        try (SqlSession session = sessions.openSession()) {
            PolicyMapper mapper = session.getMapper(PolicyMapper.class);
            mapper.deleteNotifications(p);
            mapper.deleteCallTasks(p);
            mapper.resetDecisions(p);
            session.commit();
        }
    }

    private long decideChunks(CallListDay day, Map<String, Object> p, ZoneResolver zones, DecisionWriter decisions,
                              CapacityCut winners) {
        ContactPolicy policy = new ContactPolicy(config);
        long read = 0;
        try (SqlSession cursorSession = sessions.openSession();
             SqlSession historySession = sessions.openSession();
             Cursor<PolicyRow> rows = cursorSession.selectCursor(PolicyMapper.SELECT_DAY, p)) {
            ChunkDecider decider = new ChunkDecider(policy, new CandidateFactory(zones),
                    historySession.getMapper(PolicyMapper.class), p, day.date());
            List<PolicyRow> chunk = new ArrayList<>();
            for (PolicyRow row : rows) {
                read++;
                // Cut only between phones: all candidates of a number are decided together.
                if (chunk.size() >= chunkSize && !Objects.equals(chunk.get(chunk.size() - 1).phone(), row.phone())) {
                    decider.decide(chunk, decisions, winners);
                    chunk = new ArrayList<>();
                }
                chunk.add(row);
            }
            if (!chunk.isEmpty()) {
                decider.decide(chunk, decisions, winners);
            }
            historySession.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    /** What the step did, for its read and write counts. */
    public record PolicyCounts(long candidates, long callTasks, long notifications) {
    }
}
