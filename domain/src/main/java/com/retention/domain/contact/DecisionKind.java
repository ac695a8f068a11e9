package com.retention.domain.contact;

/** What happened to a candidate. */
public enum DecisionKind {
    /** A call task on a team's list for D. */
    LISTED,
    /** An SMS or e-mail put into D's outbox. */
    SENT,
    /** Held out as the sales campaign's control group: recorded, never contacted. */
    CONTROL,
    /** Not contacted today, with a reason. */
    SUPPRESSED
}
