package com.retention.domain.contact;

import com.retention.domain.common.Segment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.retention.domain.contact.Candidates.MONDAY;
import static com.retention.domain.contact.Candidates.call;
import static com.retention.domain.contact.Candidates.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacityCutTest {

    private static final String B2C = "RETENTION_B2C";

    @Test
    void listOrderIsCarriedOverOldestFirstThenPriorityThenValueThenSubscriberThenCandidate() {
        List<CapacityCut.Winner> winners = List.of(
                winner("fresh-rich", B2C, null, 40, "900", "s1"),
                winner("carried-yesterday", B2C, MONDAY.minusDays(1), 10, "1", "s2"),
                winner("carried-long-ago", B2C, MONDAY.minusDays(5), 10, "1", "s3"),
                winner("fresh-top-priority", B2C, null, 90, "0", "s4"),
                winner("tie-s6", B2C, null, 40, "500", "s6"),
                winner("tie-s5", B2C, null, 40, "500", "s5"),
                winner("b-same-subscriber", B2C, null, 40, "500.00", "s7"),
                winner("a-same-subscriber", B2C, null, 40, "500", "s7"));

        List<CapacityCut.Place> places = cut(Map.of(B2C, 100), 0, winners);

        assertThat(places).extracting(p -> p.winner().candidateId()).containsExactly(
                "carried-long-ago", "carried-yesterday", "fresh-top-priority", "fresh-rich",
                "tie-s5", "tie-s6", "a-same-subscriber", "b-same-subscriber");
        assertThat(places).extracting(CapacityCut.Place::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void theBestUpToCapacityAreListedAndTheRestCarryOver() {
        List<CapacityCut.Winner> winners = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> winner("c" + i, B2C, null, 40, String.valueOf(i * 10), "s" + i)).toList();

        List<CapacityCut.Place> places = cut(Map.of(B2C, 3), 0, winners);

        assertThat(places).filteredOn(CapacityCut.Place::listed).extracting(p -> p.winner().candidateId())
                .containsExactly("c5", "c4", "c3");
        assertThat(places).filteredOn(CapacityCut.Place::listed).extracting(CapacityCut.Place::rank)
                .containsExactly(1, 2, 3);
        assertThat(places).filteredOn(p -> !p.listed()).extracting(p -> p.winner().candidateId())
                .containsExactly("c2", "c1");
        assertThat(places).filteredOn(p -> !p.listed()).allSatisfy(p -> {
            assertThat(p.rank()).isZero();
            assertThat(p.reason()).isEqualTo(SuppressionReason.OVER_CAPACITY);
        });
        assertThat(places).filteredOn(CapacityCut.Place::listed).allSatisfy(p -> assertThat(p.reason()).isNull());
    }

    @Test
    void aTeamWithCapacityZeroCarriesEveryoneOver() {
        List<CapacityCut.Place> places = cut(Map.of(B2C, 0), 5, List.of(
                winner("c1", B2C, MONDAY.minusDays(1), 40, "10", "s1"),
                winner("c2", B2C, null, 90, "10", "s2")));

        assertThat(places).extracting(CapacityCut.Place::listed).containsExactly(false, false);
        assertThat(places).extracting(CapacityCut.Place::reason)
                .containsOnly(SuppressionReason.OVER_CAPACITY);
    }

    @Test
    void moreCapacityThanWinnersListsThemAll() {
        List<CapacityCut.Place> places = cut(Map.of(B2C, 10), 0, List.of(
                winner("c1", B2C, null, 40, "10", "s1"),
                winner("c2", B2C, null, 40, "20", "s2")));

        assertThat(places).extracting(p -> p.winner().candidateId()).containsExactly("c2", "c1");
        assertThat(places).extracting(CapacityCut.Place::rank).containsExactly(1, 2);
    }

    @Test
    void eachTeamIsCutAtItsOwnCapacityAndUnnamedListsAtTheOtherListsCapacity() {
        List<CapacityCut.Place> places = cut(Map.of(B2C, 1, "BILLING_B2C", 2), 1, List.of(
                winner("b1", "BILLING_B2C", null, 80, "1", "s1"),
                winner("b2", "BILLING_B2C", null, 80, "2", "s2"),
                winner("r1", B2C, null, 40, "1", "s3"),
                winner("r2", B2C, null, 40, "2", "s4"),
                winner("v1", "VIP-Petrova", null, 40, "1", "s5"),
                winner("v2", "VIP-Petrova", null, 40, "2", "s6")));

        // by team name, then in list order
        assertThat(places).extracting(p -> p.winner().candidateId() + ":" + p.rank())
                .containsExactly("b2:1", "b1:2", "r2:1", "r1:0", "v2:1", "v1:0");
    }

    @Test
    void noWinnersNoPlaces() {
        assertThat(cut(Map.of(B2C, 3), 3, List.of())).isEmpty();
    }

    @Test
    void overCapacityCallsComeFirstTheNextDay() {
        ContactPolicy policy = Candidates.policyWithoutControlGroup();
        CapacityCut three = new CapacityCut(new TeamCapacity(Map.of(B2C, 3), 0));
        List<ContactCandidate> today = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> call("c" + i, "s" + i, "+7916000000" + i).expectedValue(BigDecimal.valueOf(i * 10L)).build())
                .toList();

        PolicyResult first = policy.decide(input(MONDAY, today));
        List<CapacityCut.Place> firstPlaces = three.cut(first.winners().stream().map(CapacityCut.Winner::of).toList());

        List<ContactCandidate> tomorrow = new ArrayList<>();
        firstPlaces.stream().filter(p -> !p.listed()).forEach(p -> tomorrow.add(first.decisionFor(p.winner().candidateId())
                .orElseThrow().candidate().carriedOver(p.winner().candidateId() + "'", MONDAY)));
        tomorrow.add(call("rich", "s9", "+79160000009").expectedValue(BigDecimal.valueOf(1_000)).build());
        PolicyResult second = policy.decide(input(MONDAY.plusDays(1), tomorrow));

        assertThat(three.cut(second.winners().stream().map(CapacityCut.Winner::of).toList()))
                .filteredOn(CapacityCut.Place::listed).extracting(p -> p.winner().candidateId())
                .containsExactly("c2'", "c1'", "rich");
    }

    @Test
    void onAVipListDunningOutranksRetention() {
        PolicyResult result = Candidates.policyWithoutControlGroup().decide(input(MONDAY, List.of(
                call("vip", "s1", "+79160000001").segment(Segment.VIP).personalManager("Petrova")
                        .expectedValue(BigDecimal.valueOf(10_000)).build(),
                call("vipDunning", "s2", "+79160000002").segment(Segment.VIP).personalManager("Petrova")
                        .campaign(Campaign.DUNNING).step("SUSPENSION_WARNING").expectedValue(BigDecimal.ONE).build())));

        List<CapacityCut.Place> places = new CapacityCut(new TeamCapacity(Map.of(), 40))
                .cut(result.winners().stream().map(CapacityCut.Winner::of).toList());

        assertThat(places).extracting(p -> p.winner().team() + " " + p.winner().candidateId() + ":" + p.rank())
                .containsExactly("VIP-Petrova vipDunning:1", "VIP-Petrova vip:2");
    }

    @Test
    void aWinnerIsMadeOnlyOfAWinningDecision() {
        PolicyResult result = Candidates.policyWithoutControlGroup().decide(input(MONDAY, List.of(
                call("c1", "s1", "+79160000001").carriedOverFrom(MONDAY.minusDays(2)).expectedValue(new BigDecimal("12.34")).build(),
                call("c2", "s2", null).build())));

        assertThat(CapacityCut.Winner.of(result.decisionFor("c1").orElseThrow()))
                .isEqualTo(new CapacityCut.Winner("c1", B2C, MONDAY.minusDays(2), Campaign.RETENTION.priority(),
                        new BigDecimal("12.34"), "s1"));
        assertThatThrownBy(() -> CapacityCut.Winner.of(result.decisionFor("c2").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c2");
    }

    private static List<CapacityCut.Place> cut(Map<String, Integer> perDay, int otherLists,
                                               List<CapacityCut.Winner> winners) {
        return new CapacityCut(new TeamCapacity(perDay, otherLists)).cut(winners);
    }

    private static CapacityCut.Winner winner(String id, String team, LocalDate carriedFrom, int priority, String value,
                                             String subscriber) {
        return new CapacityCut.Winner(id, team, carriedFrom, priority, new BigDecimal(value), subscriber);
    }
}
