package com.retention.jobs.demo;

import java.time.Instant;

/** A trouble ticket; {@code closedAt} null while open. */
public record TicketRow(String ticketId, String subscriberId, Instant openedAt, String category, Instant closedAt) {
}
