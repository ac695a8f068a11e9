package com.retention.domain.contact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The team capacity rule: each team's winners of the day, in list order, are LISTED with ranks 1..n up
 * to the team's capacity ({@link TeamCapacity}); the rest carry over to the next day (OVER_CAPACITY),
 * first in line there since they are then carried over. This is the one rule that needs the whole day,
 * so the call-lists job runs it in SQL over the staged winners; that SQL is proven against this class.
 */
public final class CapacityCut {

    /**
     * List order: SAVE calls first ({@link SaveCall#PRIORITY}), then carried over (the oldest first), then priority and expected value,
     * highest first, then subscriber id and candidate id, so it is total and never depends on arrival.
     * The same order as {@link CandidateOrder#IN_LIST} for the candidates the winners stand for.
     */
    public static final Comparator<Winner> IN_LIST = Comparator
            .comparing((Winner w) -> w.priority() != SaveCall.PRIORITY)
            .thenComparing(Winner::carriedOverFrom, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparingInt(Winner::priority).reversed())
            .thenComparing(Winner::expectedValue, Comparator.reverseOrder())
            .thenComparing(Winner::subscriberId)
            .thenComparing(Winner::candidateId);

    private final TeamCapacity capacity;

    public CapacityCut(TeamCapacity capacity) {
        this.capacity = Objects.requireNonNull(capacity, "capacity");
    }

    /**
     * A call that won its subscriber's and phone's contest for {@code team}'s list, with what orders it
     * there. {@code carriedOverFrom} is the date it was first due when carried over, else null.
     */
    public record Winner(String candidateId, String team, LocalDate carriedOverFrom, int priority,
                         BigDecimal expectedValue, String subscriberId) {

        public Winner {
            Objects.requireNonNull(candidateId, "candidateId");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(expectedValue, "expectedValue");
            Objects.requireNonNull(subscriberId, "subscriberId");
        }

        /** The winner a policy decision of kind WINNER stands for. */
        public static Winner of(Decision winner) {
            if (winner.kind() != DecisionKind.WINNER) {
                throw new IllegalArgumentException("not a winner: " + winner.kind() + " " + winner.candidateId());
            }
            ContactCandidate c = winner.candidate();
            return new Winner(c.candidateId(), winner.team(), c.carriedOverFrom(), c.priority(),
                    c.expectedValue(), c.subscriberId());
        }
    }

    /** Where a winner ends up: on its team's list at {@code rank} (1-based), or carried over (rank 0). */
    public record Place(Winner winner, int rank) {

        public Place {
            Objects.requireNonNull(winner, "winner");
            if (rank < 0) {
                throw new IllegalArgumentException("rank must be >= 0: " + rank);
            }
        }

        public boolean listed() {
            return rank > 0;
        }

        /** Null when listed, else why it waits for the next day. */
        public SuppressionReason reason() {
            return listed() ? null : SuppressionReason.OVER_CAPACITY;
        }
    }

    /**
     * @param winners the day's winners of every team, in any order; candidate ids unique
     * @return one place per winner, by team name, then in list order (the listed first, by rank)
     */
    public List<Place> cut(Collection<Winner> winners) {
        Map<String, List<Winner>> byTeam = new TreeMap<>();
        for (Winner w : winners) {
            byTeam.computeIfAbsent(w.team(), team -> new ArrayList<>()).add(w);
        }
        List<Place> places = new ArrayList<>(winners.size());
        byTeam.forEach((team, list) -> {
            list.sort(IN_LIST);
            int limit = capacity.forTeam(team);
            for (int i = 0; i < list.size(); i++) {
                places.add(new Place(list.get(i), i < limit ? i + 1 : 0));
            }
        });
        return places;
    }
}
