package com.retention.domain.tickets;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which tickets of one subscriber get their TICKET_RESOLVED notice at the run's reference time T:
 * a NO_SERVICE or SLOW_SPEED ticket closed in [T - followUpDays, T) that has not had one. Every ticket
 * closed since the last night is in that window; the days before it catch a missed night, a late
 * import or a notice held back by a cap. While another such ticket of the subscriber is open at T, the
 * trouble is not over and nothing is said.
 */
public final class TicketFollowUp {

    /** The notice's step code (campaign SERVICE). */
    public static final String STEP = "TICKET_RESOLVED";

    /** The categories that mean the service itself was broken. */
    public static final Set<String> CATEGORIES = Set.of("NO_SERVICE", "SLOW_SPEED");

    private final TicketFollowUpRules rules;

    public TicketFollowUp(TicketFollowUpRules rules) {
        this.rules = rules;
    }

    /** The earliest closing time that still gets a follow-up at T. */
    public Instant closedFrom(Instant reference) {
        return reference.minus(Duration.ofDays(rules.followUpDays()));
    }

    /**
     * @param notified ids of tickets that already had their follow-up (on any other date)
     * @return the tickets due a follow-up, by closing time then id
     */
    public List<Ticket> due(Instant reference, Collection<Ticket> tickets, Set<String> notified) {
        boolean stillTroubled = tickets.stream().anyMatch(t -> CATEGORIES.contains(t.category()) && t.openAt(reference));
        if (stillTroubled) {
            return List.of();
        }
        Instant from = closedFrom(reference);
        return tickets.stream()
                .filter(t -> CATEGORIES.contains(t.category()) && t.closedAt() != null)
                .filter(t -> !t.closedAt().isBefore(from) && t.closedAt().isBefore(reference))
                .filter(t -> !notified.contains(t.id()))
                .sorted(Comparator.comparing(Ticket::closedAt).thenComparing(Ticket::id))
                .toList();
    }
}
