package com.retention.domain.tickets;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The save desk's trigger (README, "Save desk"): a TERMINATION_REQUEST or PORT_OUT ticket the
 * subscriber opened. While one is open at the run's reference time T, the churn score gets its
 * TERMINATION_REQUEST signal and the subscriber is due one SAVE call a day; once every such ticket is
 * closed (or the subscriber terminated) nothing more is due.
 */
public final class SaveRequest {

    /** The ticket categories that ask to leave: ending the contract, or porting the number away. */
    public static final Set<String> CATEGORIES = Set.of("TERMINATION_REQUEST", "PORT_OUT");

    private SaveRequest() {
    }

    public static boolean isRequest(Ticket ticket) {
        return CATEGORIES.contains(ticket.category());
    }

    /** The earliest request open at T (by opening time, then id), if any. */
    public static Optional<Ticket> openAt(Collection<Ticket> tickets, Instant reference) {
        return tickets.stream()
                .filter(t -> isRequest(t) && t.openAt(reference))
                .min(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::id));
    }

    /** The categories as a sorted array, for the SQL that applies this rule. */
    public static String[] categories() {
        return CATEGORIES.stream().sorted().toArray(String[]::new);
    }
}
