package com.retention.domain.contact;

/**
 * Why a candidate is not contacted today. Some reasons only postpone the contact: the candidate
 * should be offered again on a later day (see {@link #carriesOver()}); the others end it.
 */
public enum SuppressionReason {
    /** The same subscriber, channel, campaign and step is already a candidate today. */
    DUPLICATE(false),
    /** Call or SMS without a valid phone. */
    INVALID_PHONE(false),
    /** E-mail without an address. */
    NO_EMAIL(false),
    /** The phone is on the do-not-call list: no call of any kind. */
    DNC(false),
    /** Missing consent for this channel and campaign. */
    NO_CONSENT(false),
    /**
     * A sales call within the cool-off after the subscriber's COMPLAINT; dropped, not postponed: the
     * cool-off outlasts the carry-over, and the next campaign run proposes it afresh.
     */
    COMPLAINT_COOLOFF(false),
    /** Under an open outage: no sales or dunning contact; it waits for a later day. */
    OUTAGE_SUPPRESSED(true),
    /** No team handles this call (e.g. a PRE_NOTICE call of a B2C subscriber, a COLLECTIONS call). */
    NO_TEAM(false),
    /** The subscriber already has a higher-priority call today, or so has the same phone. */
    LOST_PRIORITY(true),
    /** The subscriber's day, week or month cap is used up. */
    CAP_SUBSCRIBER(true),
    /** The phone's day, week or month cap is used up (a shared number is one person). */
    CAP_PHONE(true),
    /** The team's list is full today; the call carries over, first in line tomorrow. */
    OVER_CAPACITY(true),
    /**
     * Nobody on shift today can call within the subscriber's calling window (neither the team nor its
     * overflow centre); the call carries over.
     */
    NO_SHIFT(true);

    private final boolean carriesOver;

    SuppressionReason(boolean carriesOver) {
        this.carriesOver = carriesOver;
    }

    /** True when the contact is merely postponed and should be a candidate again on a later day. */
    public boolean carriesOver() {
        return carriesOver;
    }
}
