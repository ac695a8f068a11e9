package com.retention.domain.contact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The decisions of one business date, sorted by candidate id, with the views the writers need. */
public record PolicyResult(LocalDate businessDate, List<Decision> decisions) {

    public PolicyResult {
        decisions = decisions.stream().sorted(Comparator.comparing(Decision::candidateId)).toList();
    }

    public Optional<Decision> decisionFor(String candidateId) {
        return decisions.stream().filter(d -> d.candidateId().equals(candidateId)).findFirst();
    }

    /** Teams (and personal managers' lists) that have at least one call listed. */
    public SortedSet<String> teams() {
        return decisions.stream().filter(d -> d.kind() == DecisionKind.LISTED).map(Decision::team)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One team's call list in rank order. */
    public List<Decision> callList(String team) {
        return decisions.stream().filter(d -> d.kind() == DecisionKind.LISTED && d.team().equals(team))
                .sorted(Comparator.comparingInt(Decision::rank)).toList();
    }

    /** Every listed call of the day (the dialer file), by team then rank. */
    public List<Decision> listed() {
        return decisions.stream().filter(d -> d.kind() == DecisionKind.LISTED)
                .sorted(Comparator.comparing(Decision::team).thenComparingInt(Decision::rank)).toList();
    }

    /** SMS and e-mail for the outbox. */
    public List<Decision> sent() {
        return ofKind(DecisionKind.SENT);
    }

    public List<Decision> control() {
        return ofKind(DecisionKind.CONTROL);
    }

    /** Postponed contacts: write them as candidates of the next day, carried over from this date. */
    public List<Decision> carryOvers() {
        return decisions.stream().filter(Decision::carriesOver).toList();
    }

    public List<Decision> ofKind(DecisionKind kind) {
        return decisions.stream().filter(d -> d.kind() == kind).toList();
    }
}
