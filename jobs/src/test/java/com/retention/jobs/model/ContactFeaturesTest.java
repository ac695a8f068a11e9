package com.retention.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.model.RecentContacts;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.facts.FactsMapper;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.OutcomeFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Pins the contact features of the facts query (calls, outcomes and notices in the lookback) to
 * their definition, {@link RecentContacts}: on seeded calls, outcomes contacted around midnight and
 * notices on both sides of the window's edges, the SQL counts for a training snapshot at D and for
 * the scoring job of D equal the domain's counts over the same rows, nothing of D or after included.
 */
class ContactFeaturesTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final int SUBSCRIBERS = 25;

    @Autowired
    @Qualifier("cursorSqlSessionFactory")
    SqlSessionFactory cursors;

    @Autowired
    ScoringRules scoring;

    @Autowired
    OfferRules offers;

    @Test
    void theFactsQueryCountsWhatRecentContactsDefinesBeforeDOnly() {
        OutcomeFixture fixture = new OutcomeFixture(jdbc);
        Random random = new Random(15);
        OutcomeCode[] codes = OutcomeCode.values();
        int lookback = scoring.lookbackDays();
        for (int n = 1; n <= SUBSCRIBERS; n++) {
            fixture.subscriber(n);
            // from before the window to after D, so both edges and D itself are crossed
            for (LocalDate day = D.minusDays(lookback + 3); !day.isAfter(D.plusDays(1)); day = day.plusDays(1)) {
                if (random.nextInt(4) == 0) {
                    String task = fixture.task(day, n, "DUNNING", "REMINDER_CALL", false, 1);
                    if (random.nextInt(5) > 0) {
                        // 20:00 to 02:00 in Moscow: the contact day is the list date or the day after
                        Instant at = random.nextInt(4) == 0 ? null
                                : day.atTime(20, 0).atZone(ZONE).toInstant().plusSeconds(random.nextInt(6 * 3600));
                        jdbc.update("INSERT INTO outcome (task_id, outcome, contacted_at) VALUES (?, ?, ?)", task,
                                codes[random.nextInt(codes.length)].name(), at == null ? null : Timestamp.from(at));
                    }
                }
                if (random.nextInt(6) == 0) {
                    Long candidate = jdbc.queryForObject("""
                            INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, decision)
                            VALUES (?, ?, 'SMS', 'DUNNING', 'REMINDER_SMS', 'SENT') RETURNING candidate_id""",
                            Long.class, day, "S" + n);
                    jdbc.update("""
                            INSERT INTO notification (notification_id, business_date, candidate_id, subscriber_id, channel,
                                                      to_address, campaign, step, template, text)
                            VALUES (?, ?, ?, ?, 'SMS', ?, 'DUNNING', 'REMINDER_SMS', 'reminder', 'Please pay')""",
                            "N" + candidate, day, candidate, "S" + n, OutcomeFixture.phone(n));
                }
            }
        }
        // one subscriber leaves the day after D: not active now, still in a snapshot of D
        jdbc.update("UPDATE subscriber SET status = 'TERMINATED', terminated_on = ? WHERE subscriber_id = 'S1'", D.plusDays(1));

        Map<String, RecentContacts> expected = definition(D, lookback);
        FactsQuery query = FactsQuery.of(BusinessDay.nightly(D, ZONE), scoring, offers, false);
        Map<String, RecentContacts> snapshot = read(query.snapshotIn(KeyRange.ALL));
        Map<String, RecentContacts> scoringJob = read(query.in(KeyRange.ALL));

        assertThat(snapshot).hasSize(SUBSCRIBERS).isEqualTo(expected);
        Map<String, RecentContacts> active = new HashMap<>(expected);
        active.remove("S1");
        assertThat(scoringJob).isEqualTo(active);
        // the data crossed every edge: calls outside the window, outcomes contacted on D, each count used
        RecentContacts total = expected.values().stream().reduce(RecentContacts.NONE, ContactFeaturesTest::plus);
        int tasks = jdbc.queryForObject("SELECT count(*) FROM call_task", Integer.class);
        int outcomesOfWindow = jdbc.queryForObject("""
                SELECT count(*) FROM outcome o JOIN call_task t USING (task_id)
                WHERE t.business_date >= ? AND t.business_date < ? AND o.outcome <> ALL (?::text[])""",
                Integer.class, D.minusDays(lookback), D, new String[] {"NO_ANSWER", "BUSY", "VOICEMAIL", "WRONG_NUMBER"});
        System.out.println("contacts of " + SUBSCRIBERS + " subscribers before " + D + ": " + total + " of " + tasks
                + " tasks, " + outcomesOfWindow + " reached outcomes of the window's tasks");
        assertThat(total.calls()).isPositive().isLessThan(tasks);
        assertThat(total.reached()).isPositive().isLessThan(outcomesOfWindow);
        assertThat(List.of(total.accepted(), total.declined(), total.complaints(), total.promisesToPay(), total.notices()))
                .allMatch(c -> c > 0);

        // and the model's features are these counts
        Map<String, Double> features = new HashMap<>();
        new Snapshots(cursors, scoring, offers, ZONE).forEach(D, 30, s -> {
            if (s.subscriberId().equals("S2")) {
                features.putAll(s.features().numbers());
            }
        });
        RecentContacts s2 = expected.get("S2");
        assertThat(features).containsEntry("calls_90d", (double) s2.calls()).containsEntry("reached_90d", (double) s2.reached())
                .containsEntry("accepted_90d", (double) s2.accepted()).containsEntry("declined_90d", (double) s2.declined())
                .containsEntry("complaint_calls_90d", (double) s2.complaints())
                .containsEntry("promises_to_pay_90d", (double) s2.promisesToPay())
                .containsEntry("notices_90d", (double) s2.notices());
    }

    /** RecentContacts over every row of the tables, with the contact day taken in Java. */
    private Map<String, RecentContacts> definition(LocalDate d, int lookback) {
        Map<String, List<RecentContacts.Call>> calls = new HashMap<>();
        Map<String, List<LocalDate>> notices = new HashMap<>();
        jdbc.query("""
                SELECT t.subscriber_id, t.business_date, o.outcome, o.contacted_at
                FROM call_task t LEFT JOIN outcome o USING (task_id)""", rs -> {
            Timestamp at = rs.getTimestamp("contacted_at");
            String outcome = rs.getString("outcome");
            calls.computeIfAbsent(rs.getString("subscriber_id"), k -> new ArrayList<>()).add(new RecentContacts.Call(
                    rs.getObject("business_date", LocalDate.class), outcome == null ? null : OutcomeCode.valueOf(outcome),
                    at == null ? null : at.toInstant().atZone(ZONE).toLocalDate()));
        });
        jdbc.query("SELECT subscriber_id, business_date FROM notification", rs -> {
            notices.computeIfAbsent(rs.getString("subscriber_id"), k -> new ArrayList<>())
                    .add(rs.getObject("business_date", LocalDate.class));
        });
        Map<String, RecentContacts> expected = new HashMap<>();
        for (String id : jdbc.queryForList("SELECT subscriber_id FROM subscriber", String.class)) {
            expected.put(id, RecentContacts.of(calls.getOrDefault(id, List.of()), notices.getOrDefault(id, List.of()), d, lookback));
        }
        return expected;
    }

    private Map<String, RecentContacts> read(FactsQuery.Parameters parameters) {
        Map<String, RecentContacts> counts = new HashMap<>();
        try (SqlSession session = cursors.openSession();
                Cursor<SubscriberFactsRow> rows = session.getMapper(FactsMapper.class).facts(parameters)) {
            rows.forEach(row -> counts.put(row.subscriberId(), row.recentContacts()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return counts;
    }

    private static RecentContacts plus(RecentContacts a, RecentContacts b) {
        return new RecentContacts(a.calls() + b.calls(), a.reached() + b.reached(), a.accepted() + b.accepted(),
                a.declined() + b.declined(), a.complaints() + b.complaints(), a.promisesToPay() + b.promisesToPay(),
                a.notices() + b.notices());
    }
}
