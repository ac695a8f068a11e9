package com.retention.domain.contact;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity cut, for any day of winners drawn from few teams, dates, priorities, values and
 * subscribers (so ties on every key but the last happen often) and any capacities, 0 included.
 */
class CapacityCutProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final List<String> TEAMS = List.of("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C", "VIP-Petrova");

    record Day(List<CapacityCut.Winner> winners, TeamCapacity capacity) {
    }

    @Provide
    Arbitrary<Day> days() {
        Arbitrary<List<Key>> keys = Combinators.combine(
                Arbitraries.of(TEAMS),
                Arbitraries.integers().between(-1, 3),
                Arbitraries.of(10, 40, 80, 90),
                Arbitraries.of("0", "10", "10.00", "10.01", "999.99"),
                Arbitraries.integers().between(0, 5)
        ).as(Key::new).list().ofMaxSize(25);
        return Combinators.combine(keys, PolicyInputs.capacities(), Arbitraries.longs()).as((list, capacity, seed) -> {
            // unique candidate ids, in an order unrelated to the other keys
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ids.add(i);
            }
            Collections.shuffle(ids, new Random(seed));
            List<CapacityCut.Winner> winners = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                winners.add(list.get(i).winner(String.format("%015d", ids.get(i))));
            }
            return new Day(winners, capacity);
        });
    }

    record Key(String team, int carriedDaysAgo, int priority, String value, int subscriber) {
        CapacityCut.Winner winner(String id) {
            return new CapacityCut.Winner(id, team, carriedDaysAgo < 0 ? null : DAY.minusDays(1 + carriedDaysAgo),
                    priority, new BigDecimal(value), "s" + subscriber);
        }
    }

    @Property
    void everyWinnerGetsExactlyOnePlace(@ForAll("days") Day day) {
        List<CapacityCut.Place> places = new CapacityCut(day.capacity()).cut(day.winners());

        assertThat(places).extracting(CapacityCut.Place::winner).containsExactlyInAnyOrderElementsOf(day.winners());
    }

    @Property
    void neverMoreListedThanCapacityAndRanksRunOneToN(@ForAll("days") Day day) {
        Map<String, List<CapacityCut.Place>> byTeam = byTeam(new CapacityCut(day.capacity()).cut(day.winners()));

        byTeam.forEach((team, places) -> {
            List<Integer> ranks = places.stream().filter(CapacityCut.Place::listed).map(CapacityCut.Place::rank).sorted().toList();
            int expected = Math.min(places.size(), day.capacity().forTeam(team));
            assertThat(ranks).as(team).hasSize(expected);
            for (int i = 0; i < ranks.size(); i++) {
                assertThat(ranks.get(i)).isEqualTo(i + 1);
            }
        });
    }

    /** Exactly the best {@code capacity} by the list order are listed, ranked in that order. */
    @Property
    void theListedAreTheBestByTheListOrderAndRankedInIt(@ForAll("days") Day day) {
        Map<String, List<CapacityCut.Place>> byTeam = byTeam(new CapacityCut(day.capacity()).cut(day.winners()));

        byTeam.forEach((team, places) -> {
            for (CapacityCut.Place a : places) {
                for (CapacityCut.Place b : places) {
                    if (CapacityCut.IN_LIST.compare(a.winner(), b.winner()) < 0) {
                        assertThat(b.listed() && !a.listed()).as(a + " is ahead of " + b).isFalse();
                        if (a.listed() && b.listed()) {
                            assertThat(a.rank()).isLessThan(b.rank());
                        }
                    }
                }
            }
        });
    }

    @Property
    void noFreshCallIsListedWhileACarriedOverOneWaits(@ForAll("days") Day day) {
        Map<String, List<CapacityCut.Place>> byTeam = byTeam(new CapacityCut(day.capacity()).cut(day.winners()));

        byTeam.forEach((team, places) -> {
            boolean carriedWaits = places.stream().anyMatch(p -> !p.listed() && p.winner().carriedOverFrom() != null);
            boolean freshListed = places.stream().anyMatch(p -> p.listed() && p.winner().carriedOverFrom() == null);
            assertThat(carriedWaits && freshListed).as(team).isFalse();
        });
    }

    @Property
    void theCarriedAreOverCapacityAndTheListedHaveNoReason(@ForAll("days") Day day) {
        assertThat(new CapacityCut(day.capacity()).cut(day.winners())).allSatisfy(p ->
                assertThat(p.reason()).isEqualTo(p.listed() ? null : SuppressionReason.OVER_CAPACITY));
    }

    @Property
    void theOrderTheWinnersArriveInDoesNotMatter(@ForAll("days") Day day, @ForAll long seed) {
        List<CapacityCut.Winner> shuffled = new ArrayList<>(day.winners());
        Collections.shuffle(shuffled, new Random(seed));
        CapacityCut cut = new CapacityCut(day.capacity());

        assertThat(cut.cut(shuffled)).isEqualTo(cut.cut(day.winners()));
    }

    /** The policy sorts candidates by CandidateOrder.IN_LIST; the winners they become sort the same way. */
    @Property
    void theListOrderIsTheCandidatesListOrder(@ForAll("policyDays") PolicyInputs.Day day) {
        List<ContactCandidate> candidates = day.input().candidates();
        for (ContactCandidate a : candidates) {
            for (ContactCandidate b : candidates) {
                int byCandidate = Integer.signum(CandidateOrder.IN_LIST.compare(a, b));
                int byWinner = Integer.signum(CapacityCut.IN_LIST.compare(asWinner(a), asWinner(b)));
                assertThat(byWinner).as(a.candidateId() + " vs " + b.candidateId()).isEqualTo(byCandidate);
            }
        }
    }

    /** Cut after the policy: still never more listed than capacity, and listed calls are winners. */
    @Property
    void thePolicysWinnersCutAtCapacity(@ForAll("policyDays") PolicyInputs.Day day) {
        List<CapacityCut.Winner> winners = day.policy().decide(day.input()).winners().stream()
                .map(CapacityCut.Winner::of).toList();
        Map<String, List<CapacityCut.Place>> byTeam = byTeam(new CapacityCut(day.capacity()).cut(winners));

        byTeam.forEach((team, places) -> assertThat(places.stream().filter(CapacityCut.Place::listed).count())
                .as(team).isEqualTo(Math.min(places.size(), day.capacity().forTeam(team))));
    }

    @Provide
    Arbitrary<PolicyInputs.Day> policyDays() {
        return PolicyInputs.days();
    }

    private static CapacityCut.Winner asWinner(ContactCandidate c) {
        return new CapacityCut.Winner(c.candidateId(), "ANY", c.carriedOverFrom(), c.priority(),
                c.expectedValue(), c.subscriberId());
    }

    private static Map<String, List<CapacityCut.Place>> byTeam(List<CapacityCut.Place> places) {
        return places.stream().collect(Collectors.groupingBy(p -> p.winner().team()));
    }
}
