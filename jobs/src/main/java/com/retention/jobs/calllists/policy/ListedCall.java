package com.retention.jobs.calllists.policy;

import java.util.Comparator;

/**
 * A call that won its subscriber's and phone's contest, kept for the capacity cut in about 100
 * bytes (the subscriber id string is most of it): what orders it within its team's list and no more.
 *
 * @param carriedDay epoch day the contact was first due when carried over, else {@link #NOT_CARRIED}
 * @param valueCents expected value in cents (exact: the column is numeric(14,2))
 */
record ListedCall(long candidateId, String team, int carriedDay, int priority, long valueCents, String subscriberId) {

    static final int NOT_CARRIED = Integer.MAX_VALUE;

    /**
     * The domain's order within a list (CandidateOrder.IN_LIST): carried-over first, oldest first; then
     * campaign priority and expected value, highest first; then subscriber and candidate id.
     */
    static final Comparator<ListedCall> IN_LIST = Comparator
            .comparingInt(ListedCall::carriedDay)
            .thenComparing(Comparator.comparingInt(ListedCall::priority).reversed())
            .thenComparing(Comparator.comparingLong(ListedCall::valueCents).reversed())
            .thenComparing(ListedCall::subscriberId)
            .thenComparingLong(ListedCall::candidateId);
}
