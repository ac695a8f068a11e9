package com.retention.jobs.calllists.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.contact.Campaign;
import com.retention.domain.contact.CapacityCut;
import com.retention.domain.contact.SaveCall;
import com.retention.domain.contact.TeamCapacity;
import com.retention.jobs.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The job cuts the call lists in SQL (DecisionWriter's staging and PolicyMapper.applyDecisions); the
 * rule is the domain's CapacityCut. The same winners go through both, and every winner must come out
 * the same: listed with the same rank, or carried over for capacity, on the same team.
 */
class CapacityCutSqlTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    /** Ids that sort differently by byte and by most locales' rules: upper before lower case, Cyrillic, punctuation. */
    private static final List<String> SUBSCRIBERS = List.of("S1", "s1", "s10", "s2", "Z", "a-b", "ab", "Ы1", "Я", "я");
    private static final List<Campaign> CAMPAIGNS = List.of(Campaign.values());

    @Autowired
    @Qualifier("cursorSqlSessionFactory")
    SqlSessionFactory sessions;

    private int steps;

    @BeforeEach
    void subscribers() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('OLD_M', 'Old M', 700, 'LEGACY')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES "
                + "('MOW', 'Moscow', NULL, 'CITY', 'Europe/Moscow')");
        for (int i = 0; i < SUBSCRIBERS.size(); i++) {
            String id = SUBSCRIBERS.get(i);
            jdbc.update("INSERT INTO account (account_id) VALUES (?)", "A-" + id);
            jdbc.update("INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, "
                    + "status, activated_on) VALUES (?, ?, ?, ?, 'OLD_M', 'MOW', 'ACTIVE', '2024-01-01')",
                    id, "A-" + id, "Subscriber " + id, "+7916000000" + i);
        }
    }

    @Test
    void tiesOnEveryKeyButTheLastAreBrokenAlike() {
        List<CapacityCut.Winner> winners = new ArrayList<>();
        // equal carried day, priority and value: subscriber id decides, byte order
        for (String subscriber : SUBSCRIBERS) {
            winners.add(winner("RETENTION_B2C", null, Campaign.RETENTION, "100.00", subscriber));
        }
        // and one subscriber with several winners: the candidate id decides
        for (int i = 0; i < 3; i++) {
            winners.add(winner("RETENTION_B2C", null, Campaign.RETENTION, "100", "s2"));
        }
        winners.add(winner("RETENTION_B2C", DAY.minusDays(1), Campaign.MARKETING, "0", "Z"));
        winners.add(winner("RETENTION_B2C", DAY.minusDays(3), Campaign.MARKETING, "0", "Я"));
        winners.add(winner("RETENTION_B2C", null, Campaign.OUTAGE, "0", "я"));
        winners.add(winner("RETENTION_B2C", null, Campaign.RETENTION, "100.01", "ab"));

        List<CapacityCut.Place> expected = assertSqlCutsAsTheDomain(winners, new TeamCapacity(Map.of("RETENTION_B2C", 9), 0));
        assertThat(expected).extracting(CapacityCut.Place::listed).contains(true, false);
    }

    @Test
    void capacityZeroMoreThanTheWinnersAndUnnamedListsAreCutAlike() {
        List<CapacityCut.Winner> winners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            winners.add(winner("RETENTION_B2B", i % 2 == 0 ? DAY.minusDays(1) : null, Campaign.RETENTION, "10", SUBSCRIBERS.get(i)));
            winners.add(winner("BILLING_B2C", null, Campaign.DUNNING, String.valueOf(i), SUBSCRIBERS.get(i)));
            winners.add(winner("VIP-Petrova", null, CAMPAIGNS.get(i), "5", SUBSCRIBERS.get(i)));
        }
        TeamCapacity capacity = new TeamCapacity(Map.of("RETENTION_B2B", 0, "BILLING_B2C", 100), 2);

        List<CapacityCut.Place> expected = assertSqlCutsAsTheDomain(winners, capacity);
        assertThat(expected).filteredOn(p -> p.winner().team().equals("RETENTION_B2B"))
                .allSatisfy(p -> assertThat(p.listed()).isFalse());
        assertThat(expected).filteredOn(p -> p.winner().team().equals("BILLING_B2C"))
                .allSatisfy(p -> assertThat(p.listed()).isTrue());
        assertThat(expected).filteredOn(p -> p.winner().team().equals("VIP-Petrova") && p.listed()).hasSize(2);
    }

    @Test
    void randomDaysWithManyTiesAreCutAlike() {
        List<String> teams = List.of("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C", "VIP-Petrova", "VIP-Sidorov");
        List<String> values = List.of("0", "10", "10.00", "10.01", "999.99");
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            List<CapacityCut.Winner> winners = new ArrayList<>();
            for (int i = 0, n = 20 + random.nextInt(60); i < n; i++) {
                int carried = random.nextInt(4) - 1;
                // one pick in (campaigns + 1) is a save desk call, which goes first on its list
                int pick = random.nextInt(CAMPAIGNS.size() + 1);
                Campaign campaign = pick == CAMPAIGNS.size() ? Campaign.RETENTION : CAMPAIGNS.get(pick);
                winners.add(winner(teams.get(random.nextInt(teams.size())), carried < 0 ? null : DAY.minusDays(1 + carried),
                        campaign, pick == CAMPAIGNS.size() ? SaveCall.PRIORITY : campaign.priority(),
                        values.get(random.nextInt(values.size())), SUBSCRIBERS.get(random.nextInt(SUBSCRIBERS.size()))));
            }
            Map<String, Integer> perDay = new HashMap<>();
            teams.subList(0, 3).forEach(team -> perDay.put(team, random.nextInt(12)));
            assertSqlCutsAsTheDomain(winners, new TeamCapacity(perDay, random.nextInt(4)));
        }
    }

    /** Stages the winners (and one final decision) as the policy step does, applies them, compares. */
    private List<CapacityCut.Place> assertSqlCutsAsTheDomain(List<CapacityCut.Winner> winners, TeamCapacity capacity) {
        long untouched = candidateRow("Z", Campaign.OUTAGE, "0", null);
        try (DecisionWriter writer = new DecisionWriter(sessions)) {
            winners.forEach(writer::writeWinner);
            writer.write(untouched, DecisionWriter.SUPPRESSED, "DNC", null, null);
            writer.commit(capacity);
        }
        List<CapacityCut.Place> places = new CapacityCut(capacity).cut(winners);

        Map<Long, String> expected = new HashMap<>();
        for (CapacityCut.Place p : places) {
            expected.put(CandidateFactory.rowIdOf(p.winner().candidateId()), p.listed()
                    ? "LISTED " + p.winner().team() + " " + p.rank()
                    : "CARRIED " + p.winner().team() + " " + p.reason());
        }
        expected.put(untouched, "SUPPRESSED null DNC");
        Map<Long, String> actual = new HashMap<>();
        jdbc.query("SELECT candidate_id, decision, team, coalesce(list_rank::text, reason) AS place "
                + "FROM contact_candidate WHERE business_date = ?", rs -> {
            actual.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
        }, DAY);
        assertThat(actual).isEqualTo(expected);
        jdbc.update("DELETE FROM contact_candidate");
        return places;
    }

    /** A winner backed by a candidate row holding the same facts. */
    private CapacityCut.Winner winner(String team, LocalDate carriedFrom, Campaign campaign, String value, String subscriber) {
        return winner(team, carriedFrom, campaign, campaign.priority(), value, subscriber);
    }

    private CapacityCut.Winner winner(String team, LocalDate carriedFrom, Campaign campaign, int priority, String value,
                                      String subscriber) {
        long row = candidateRow(subscriber, campaign, value, carriedFrom);
        return new CapacityCut.Winner(CandidateFactory.idOf(row), team, carriedFrom, priority, new BigDecimal(value),
                subscriber);
    }

    private long candidateRow(String subscriber, Campaign campaign, String value, LocalDate carriedFrom) {
        return jdbc.queryForObject("INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step, "
                        + "value, carried_from) VALUES (?, ?, 'CALL', ?, ?, ?, ?) RETURNING candidate_id", Long.class,
                DAY, subscriber, campaign.name(), "STEP-" + ++steps, new BigDecimal(value), carriedFrom);
    }
}
