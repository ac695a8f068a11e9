package com.retention.domain.contact;

/**
 * The save desk's call (README, "Save desk"): campaign RETENTION, step SAVE, to a subscriber who asked
 * to leave. It answers their own request, so it needs no consent_calls, has no control group and is not
 * held by the complaint cool-off; do-not-call, the calling window, the caps and the team's capacity
 * apply as to every call. It ranks below outage calls and above every other call
 * (OUTAGE &gt; SAVE &gt; DUNNING &gt; RETENTION &gt; MARKETING), and goes first on a full list.
 */
public final class SaveCall {

    public static final String STEP = "SAVE";

    /** Between {@link Campaign#OUTAGE} and {@link Campaign#DUNNING}. */
    public static final int PRIORITY = 4;

    private SaveCall() {
    }

    public static boolean is(Campaign campaign, String step) {
        return campaign == Campaign.RETENTION && STEP.equals(step);
    }

    /** The rank a contact of this campaign and step has in the contests and on a list; higher wins. */
    public static int priority(Campaign campaign, String step) {
        return is(campaign, step) ? PRIORITY : campaign.priority();
    }
}
