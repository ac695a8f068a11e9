package com.retention.domain.contact;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The two total orders the policy uses; both end in the unique candidate id, so the result never
 * depends on the order candidates arrive in.
 */
final class CandidateOrder {

    /** Who wins a contest (one call a day, the last unit of a cap): campaign priority, then expected value. */
    static final Comparator<ContactCandidate> BY_PRIORITY = Comparator
            .comparingInt(ContactCandidate::priority).reversed()
            .thenComparing(ContactCandidate::expectedValue, Comparator.reverseOrder())
            .thenComparing(CandidateOrder::carriedSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ContactCandidate::subscriberId)
            .thenComparing(ContactCandidate::candidateId);

    /**
     * SAVE calls first (a full list takes them before anything else), then carried-over (oldest first),
     * then by priority: of two identical contacts the older survives, and it is the order of a team's
     * list ({@link CapacityCut#IN_LIST} over the winners these become).
     */
    static final Comparator<ContactCandidate> IN_LIST = Comparator
            .comparing((ContactCandidate c) -> !c.isSave())
            .thenComparing(CandidateOrder::carriedSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_PRIORITY);

    private CandidateOrder() {
    }

    private static LocalDate carriedSince(ContactCandidate candidate) {
        return candidate.carriedOverFrom();
    }
}
