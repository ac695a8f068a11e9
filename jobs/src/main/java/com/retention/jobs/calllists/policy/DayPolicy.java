package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CallWindows;
import com.retention.domain.contact.ContactPolicy;
import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.calllists.config.TeamCapacities;
import com.retention.jobs.messages.MessageRenderer;
import com.retention.jobs.offers.OfferMapper;
import com.retention.jobs.partitioning.PartitioningProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 *     are decided by the domain's ContactPolicy with their contact history, on as many threads as
 *     the heavy steps have partitions. Decisions stream by COPY
 *     into a staging table as they come ({@link DecisionWriter}), call winners with their list order.</li>
 * <li>One UPDATE applies the day's decisions, ranking the winners per team and cutting each team at
 *     its capacity on the way.</li>
 * <li>Call tasks and notifications are rendered and COPYed streaming from the decided rows.</li>
 * </ol>
 * Memory is bounded by a few chunks, whatever the size of the day. Each pass
 * commits on its own connection; the step starts by clearing D's decisions, so a restart redoes it whole.
 */
@Component
public class DayPolicy {

    private static final Logger log = LoggerFactory.getLogger(DayPolicy.class);

    private final SqlSessionFactory sessions;
    private final ContactPolicyConfig config;
    private final TeamCapacities capacity;
    private final MessageRenderer renderer;
    private final int chunkSize;
    private final int deciders;

    /** @param partitioning its partitions: as many deciding threads as the heavy steps have ranges */
    public DayPolicy(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions, ContactPolicyConfig config,
                     TeamCapacities capacity, MessageRenderer renderer,
                     @Value("${retention.contact.policy-chunk:2500}") int chunkSize,
                     PartitioningProperties partitioning) {
        this.sessions = sessions;
        this.config = config;
        this.capacity = capacity;
        this.renderer = renderer;
        this.chunkSize = chunkSize;
        this.deciders = partitioning.partitions();
    }

    public PolicyCounts decide(CallListDay day) {
        clear(day.date());
        ZoneResolver zones = new ZoneResolver(day.operatorZone());
        long read;
        long start = System.nanoTime();
        try (DecisionWriter decisions = new DecisionWriter(sessions)) {
            read = decideChunks(day, false, zones, decisions);
            log.info("policy for {}: {} candidates read ({} s)", day.date(), read, seconds(start));
            start = System.nanoTime();
            decisions.commit(capacity.on(day.date()));
        }
        List<TeamCount> teams;
        try (SqlSession session = sessions.openSession()) {
            PolicyMapper mapper = session.getMapper(PolicyMapper.class);
            session.getMapper(OfferMapper.class).markControl(day.date());
            mapper.closeFollowedUpTasks(day.date());
            teams = mapper.teamCounts(day.date());
            session.commit();
        }
        CallWindows windows = new CallWindows(config.callWindow(), config.holidays());
        log.info("policy for {}: decisions recorded ({} s)", day.date(), seconds(start));
        start = System.nanoTime();
        long tasks = new CallTaskWriter(sessions, windows, config.shifts(), renderer).write(day, zones);
        log.info("policy for {}: {} call tasks written ({} s)", day.date(), tasks, seconds(start));
        start = System.nanoTime();
        long notifications = new NotificationWriter(sessions, renderer).write(day, zones);
        log.info("policy for {}: {} notifications written ({} s)", day.date(), notifications, seconds(start));
        teams.forEach(t -> log.info("  {}: {} listed, {} carried over", t.team(), t.listed(), t.carried()));
        return new PolicyCounts(read, tasks, notifications);
    }

    /**
     * An intraday top-up of D's lists (README, "Save desk"): decides only D's candidates added since
     * its lists were made (the save desk's requests opened during the day), with the calls already on
     * D's lists counted as D's contacts, ranks the new calls after them within what capacity is left
     * and writes their call tasks, numbered on from D's last one. Nothing already decided changes.
     */
    public PolicyCounts topUp(CallListDay day) {
        ZoneResolver zones = new ZoneResolver(day.operatorZone());
        long read;
        try (DecisionWriter decisions = new DecisionWriter(sessions)) {
            read = decideChunks(day, true, zones, decisions);
            decisions.commit(capacity.on(day.date()), day.date());
        }
        long last;
        try (SqlSession session = sessions.openSession()) {
            last = session.getMapper(PolicyMapper.class).lastTaskNumber(day.date());
        }
        CallWindows windows = new CallWindows(config.callWindow(), config.holidays());
        long tasks = new CallTaskWriter(sessions, windows, config.shifts(), renderer).writeNew(day, zones, last);
        log.info("intraday top-up of {} at {}: {} new candidates, {} call tasks added", day.date(),
                day.referenceTime(), read, tasks);
        return new PolicyCounts(read, tasks, 0);
    }

    private static String seconds(long since) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private void clear(LocalDate date) {
        try (SqlSession session = sessions.openSession()) {
            PolicyMapper mapper = session.getMapper(PolicyMapper.class);
            mapper.deleteNotifications(date);
            mapper.deleteCallTasks(date);
            mapper.resetDecisions(date);
            session.commit();
        }
    }

    /**
     * {@code intraday}: a top-up, which decides only D's candidates not decided yet. The cursor cuts
     * runs of whole phones; {@link DecidingThreads} decide them while it reads on.
     */
    private long decideChunks(CallListDay day, boolean intraday, ZoneResolver zones, DecisionWriter decisions) {
        long read = 0;
        try (SqlSession cursorSession = sessions.openSession();
             Cursor<PolicyRow> rows = cursorSession.getMapper(PolicyMapper.class).selectDay(day, complaintsFrom(day), intraday);
             DecidingThreads threads = new DecidingThreads(deciders, () -> decider(day, intraday, zones, decisions))) {
            List<PolicyRow> chunk = new ArrayList<>();
            for (PolicyRow row : rows) {
                read++;
                // Cut only between phones: all candidates of a number are decided together.
                if (chunk.size() >= chunkSize && !Objects.equals(chunk.get(chunk.size() - 1).phone(), row.phone())) {
                    threads.decide(chunk);
                    chunk = new ArrayList<>();
                }
                chunk.add(row);
            }
            if (!chunk.isEmpty()) {
                threads.decide(chunk);
            }
            threads.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    /** One deciding thread's policy, with a connection of its own for the contact history. */
    private DecidingThreads.Decider decider(CallListDay day, boolean intraday, ZoneResolver zones,
                                            DecisionWriter decisions) {
        SqlSession history = sessions.openSession();
        ChunkDecider decider = new ChunkDecider(new ContactPolicy(config), new CandidateFactory(zones),
                history.getMapper(PolicyMapper.class), day, intraday);
        return new DecidingThreads.Decider() {
            @Override
            public void decide(List<PolicyRow> run) {
                decider.decide(run, decisions);
            }

            @Override
            public void close() {
                try {
                    history.rollback();
                } finally {
                    history.close();
                }
            }
        };
    }

    /** Only complaints that can still hold a call on D are read; the domain decides which do. */
    private LocalDate complaintsFrom(CallListDay day) {
        return day.date().minusDays(Math.max(0, config.complaintCooldownDays() - 1L));
    }

    /** What the step did, for its read and write counts. */
    public record PolicyCounts(long candidates, long callTasks, long notifications) {
    }
}
