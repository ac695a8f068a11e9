package com.retention.domain.tickets;

/**
 * Parameters of the TICKET_RESOLVED follow-up (README, "Ticket follow-ups").
 *
 * @param followUpDays a ticket closed within this many days before the run's reference time still
 *                     gets its follow-up, when it has not had one yet
 */
public record TicketFollowUpRules(int followUpDays) {

    public TicketFollowUpRules {
        if (followUpDays < 1) {
            throw new IllegalArgumentException("ticket follow-up rules: followUpDays must be >= 1");
        }
    }

    /** The README's defaults. */
    public static TicketFollowUpRules defaults() {
        return new TicketFollowUpRules(3);
    }
}
