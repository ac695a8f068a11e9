package com.retention.domain.contact;

/**
 * The campaigns that produce contact candidates, in the order they win the one call a day:
 * OUTAGE &gt; DUNNING &gt; RETENTION &gt; MARKETING; the save desk's RETENTION step SAVE ranks between
 * OUTAGE and DUNNING ({@link SaveCall#PRIORITY}, the gap left for it). SERVICE (ticket follow-ups) sends texts only, so it
 * never contests a call; of the texts under a cap it comes last, after outage and dunning notices.
 */
public enum Campaign {
    OUTAGE(5, false),
    DUNNING(3, false),
    RETENTION(2, true),
    MARKETING(1, true),
    SERVICE(0, false);

    private final int priority;
    private final boolean sales;

    Campaign(int priority, boolean sales) {
        this.priority = priority;
        this.sales = sales;
    }

    /** Higher wins; a candidate's own rank is {@link SaveCall#priority} (the SAVE step ranks above DUNNING). */
    public int priority() {
        return priority;
    }

    /** Sales campaigns need call consent and have a control group. */
    public boolean isSales() {
        return sales;
    }

    /**
     * Sales calls a COMPLAINT holds off for the cool-off days. Named one by one, so a campaign added
     * later is exempt unless it is listed here; the save desk's SAVE step is exempt ({@link SaveCall}).
     */
    public boolean restsAfterComplaint() {
        return this == RETENTION || this == MARKETING;
    }

    /** Service notices (outage, payment due, ticket follow-ups) go out without SMS consent and have no control group. */
    public boolean isService() {
        return !sales;
    }
}
