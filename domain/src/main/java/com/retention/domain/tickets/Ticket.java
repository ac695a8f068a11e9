package com.retention.domain.tickets;

import java.time.Instant;
import java.util.Objects;

/** One trouble ticket of a subscriber; {@code closedAt} is null while it is open. */
public record Ticket(String id, String category, Instant openedAt, Instant closedAt) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    /** Open at instant {@code t}: opened before it and not closed by then. */
    public boolean openAt(Instant t) {
        return openedAt.isBefore(t) && (closedAt == null || !closedAt.isBefore(t));
    }
}
