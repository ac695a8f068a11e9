package com.retention.domain.contact;

/** What happened to a candidate. */
public enum DecisionKind {
    /**
     * A call that won its subscriber's and phone's contest for a team's list; the day's
     * {@link CapacityCut} then lists it with a rank or carries it over (OVER_CAPACITY).
     */
    WINNER,
    /** An SMS or e-mail put into D's outbox. */
    SENT,
    /** Held out as the sales campaign's control group: recorded, never contacted. */
    CONTROL,
    /** Not contacted today, with a reason. */
    SUPPRESSED
}
