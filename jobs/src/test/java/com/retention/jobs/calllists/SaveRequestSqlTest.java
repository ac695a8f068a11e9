package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.tickets.SaveRequest;
import com.retention.domain.tickets.Ticket;
import com.retention.jobs.calllists.candidates.CandidateBuilder;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.launch.JobOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL that applies {@link SaveRequest#openAt} (the candidates step's SAVE calls and the facts
 * query's TERMINATION_REQUEST signal) gives the domain's answer on the same seeded tickets, with
 * openings and closings on and around the reference time.
 */
class SaveRequestSqlTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String[] CATEGORIES = {"TERMINATION_REQUEST", "PORT_OUT", "COMPLAINT", "NO_SERVICE", "OTHER"};

    @Autowired
    CandidateBuilder candidates;

    @Test
    void theCandidatesAndTheScoresFindTheSubscribersTheDomainFinds() {
        Instant t = D.atStartOfDay(MOSCOW).toInstant();
        Random random = new Random(13);
        Map<String, List<Ticket>> bySubscriber = new HashMap<>();
        long[] offsets = {-86_400 * 100L, -3600, -1, 0, 1, 3600};
        for (int i = 0; i < 40; i++) {
            String subscriber = String.format("S%02d", i);
            operator.subscriber(subscriber, String.format("+7916%07d", i), "MOW");
            List<Ticket> tickets = bySubscriber.computeIfAbsent(subscriber, s -> new ArrayList<>());
            for (int k = random.nextInt(3); k > 0; k--) {
                Instant opened = t.plusSeconds(offsets[random.nextInt(offsets.length)]);
                Instant closed = random.nextBoolean() ? null : opened.plusSeconds(Math.abs(offsets[random.nextInt(offsets.length)]));
                Ticket ticket = new Ticket(subscriber + "-" + k, CATEGORIES[random.nextInt(CATEGORIES.length)], opened, closed);
                tickets.add(ticket);
                jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category, closed_at) VALUES (?, ?, ?, ?, ?)",
                        ticket.id(), subscriber, Timestamp.from(opened), ticket.category(),
                        closed == null ? null : Timestamp.from(closed));
            }
        }
        TreeSet<String> domain = new TreeSet<>();
        bySubscriber.forEach((subscriber, tickets) -> {
            if (SaveRequest.openAt(tickets, t).isPresent()) {
                domain.add(subscriber);
            }
        });
        assertThat(domain).as("the seed gives both kinds").hasSizeBetween(5, 35);

        candidates.build(CallListDay.of(new BusinessDay(D, t, MOSCOW), 7));
        assertThat(new TreeSet<>(jdbc.queryForList("SELECT subscriber_id FROM contact_candidate WHERE business_date = ? "
                + "AND step = 'SAVE'", String.class, D))).isEqualTo(domain);

        JobOutcome scoring = launcher.run("scoring", D, null, true);
        assertThat(scoring.succeeded()).as(scoring.describe()).isTrue();
        assertThat(new TreeSet<>(jdbc.queryForList("SELECT subscriber_id FROM churn_score WHERE business_date = ? "
                + "AND reasons LIKE '%TERMINATION_REQUEST%'", String.class, D))).isEqualTo(domain);
    }
}
