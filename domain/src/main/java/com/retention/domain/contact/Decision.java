package com.retention.domain.contact;

import java.util.Objects;

/**
 * The policy's verdict on one candidate. LISTED carries the team, the 1-based rank in that team's
 * list (the call list's and dialer's {@code priority}) and the calling window; SUPPRESSED carries
 * the reason (and the team when it was cut by capacity); SENT and CONTROL carry nothing more.
 */
public record Decision(ContactCandidate candidate, DecisionKind kind, SuppressionReason reason,
                       String team, int rank, CallWindow window) {

    public Decision {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(kind, "kind");
        if ((kind == DecisionKind.SUPPRESSED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when suppressed: " + kind + " " + reason);
        }
        if (kind == DecisionKind.LISTED && (team == null || rank < 1 || window == null)) {
            throw new IllegalArgumentException("a listed call needs team, rank and window");
        }
    }

    static Decision listed(ContactCandidate candidate, String team, int rank, CallWindow window) {
        return new Decision(candidate, DecisionKind.LISTED, null, team, rank, window);
    }

    static Decision sent(ContactCandidate candidate) {
        return new Decision(candidate, DecisionKind.SENT, null, null, 0, null);
    }

    static Decision control(ContactCandidate candidate) {
        return new Decision(candidate, DecisionKind.CONTROL, null, null, 0, null);
    }

    static Decision suppressed(ContactCandidate candidate, SuppressionReason reason) {
        return new Decision(candidate, DecisionKind.SUPPRESSED, reason, null, 0, null);
    }

    static Decision overCapacity(ContactCandidate candidate, String team) {
        return new Decision(candidate, DecisionKind.SUPPRESSED, SuppressionReason.OVER_CAPACITY, team, 0, null);
    }

    public String candidateId() {
        return candidate.candidateId();
    }

    /** True when the contact is postponed: write it as a candidate again for D+1 (carried over from D). */
    public boolean carriesOver() {
        return reason != null && reason.carriesOver();
    }

    /** True when someone is actually contacted: a listed call or a sent message. */
    public boolean contacts() {
        return kind == DecisionKind.LISTED || kind == DecisionKind.SENT;
    }
}
