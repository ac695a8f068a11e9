package com.retention.domain.contact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The decisions of one business date, sorted by candidate id, with the views the writers need. */
public record PolicyResult(LocalDate businessDate, List<Decision> decisions) {

    public PolicyResult {
        decisions = decisions.stream().sorted(Comparator.comparing(Decision::candidateId)).toList();
    }

    public Optional<Decision> decisionFor(String candidateId) {
        return decisions.stream().filter(d -> d.candidateId().equals(candidateId)).findFirst();
    }

    /** The calls that won the day's contest, each with its team, by candidate id (for the {@link CapacityCut}). */
    public List<Decision> winners() {
        return ofKind(DecisionKind.WINNER);
    }

    /** SMS and e-mail for the outbox. */
    public List<Decision> sent() {
        return ofKind(DecisionKind.SENT);
    }

    public List<Decision> control() {
        return ofKind(DecisionKind.CONTROL);
    }

    /**
     * Contacts the policy postponed: write them as candidates of the next day, carried over from this
     * date. Winners the capacity cut carries over are the cut's ({@link CapacityCut.Place#listed()}).
     */
    public List<Decision> carryOvers() {
        return decisions.stream().filter(Decision::carriesOver).toList();
    }

    public List<Decision> ofKind(DecisionKind kind) {
        return decisions.stream().filter(d -> d.kind() == kind).toList();
    }
}
