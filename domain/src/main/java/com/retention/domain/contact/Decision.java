package com.retention.domain.contact;

import java.util.Objects;

/**
 * The policy's verdict on one candidate. WINNER carries the team whose list it goes to and the
 * calling window (its rank, or its carry-over, is the {@link CapacityCut}'s); SUPPRESSED carries the
 * reason; SENT and CONTROL carry nothing more.
 */
public record Decision(ContactCandidate candidate, DecisionKind kind, SuppressionReason reason,
                       String team, CallWindow window) {

    public Decision {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(kind, "kind");
        if ((kind == DecisionKind.SUPPRESSED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when suppressed: " + kind + " " + reason);
        }
        if (kind == DecisionKind.WINNER && (team == null || window == null)) {
            throw new IllegalArgumentException("a winning call needs team and window");
        }
    }

    static Decision winner(ContactCandidate candidate, String team, CallWindow window) {
        return new Decision(candidate, DecisionKind.WINNER, null, team, window);
    }

    static Decision sent(ContactCandidate candidate) {
        return new Decision(candidate, DecisionKind.SENT, null, null, null);
    }

    static Decision control(ContactCandidate candidate) {
        return new Decision(candidate, DecisionKind.CONTROL, null, null, null);
    }

    static Decision suppressed(ContactCandidate candidate, SuppressionReason reason) {
        return new Decision(candidate, DecisionKind.SUPPRESSED, reason, null, null);
    }

    public String candidateId() {
        return candidate.candidateId();
    }

    /** True when the contact is postponed: write it as a candidate again for D+1 (carried over from D). */
    public boolean carriesOver() {
        return reason != null && reason.carriesOver();
    }

    /**
     * True when someone is contacted, or may be: a sent message, or a winning call (the capacity cut
     * may still carry it over; the caps count it as made, as the job always has).
     */
    public boolean contacts() {
        return kind == DecisionKind.WINNER || kind == DecisionKind.SENT;
    }
}
