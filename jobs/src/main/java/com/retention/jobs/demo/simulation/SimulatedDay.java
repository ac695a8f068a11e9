package com.retention.jobs.demo.simulation;

import com.retention.domain.outcomes.OutcomeCode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What one simulated day did: the lists worked, their outcomes, rejects, and the subscribers' own events. */
public record SimulatedDay(LocalDate day, int lists, long tasks, Map<OutcomeCode, Integer> outcomes, long rejected,
        SubscriberLife.DayEvents events) {

    public String line() {
        long worked = outcomes.values().stream().mapToLong(Integer::longValue).sum();
        String codes = outcomes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: %d lists, %,d tasks, %,d worked (%s), %d rejected; churned %d, payments %d,"
                + " tariff changes applied %d, tickets closed %d, requests to leave %d", day, lists, tasks, worked,
                codes.isEmpty() ? "-" : codes, rejected, events.churned(), events.payments(), events.tariffChanges(),
                events.ticketsClosed(), events.requestsToLeave());
    }
}
