package com.retention.domain.outages;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * For the OUTAGE_HIT churn signal: minutes of outage a subscriber lived through within [from, to),
 * given the outages covering their area. Overlapping outages (a city and its building at once)
 * count once: the subscriber was without service, not twice without it. Open outages run to {@code to}.
 */
public final class OutageExposure {

    private OutageExposure() {
    }

    public static long minutesWithin(Collection<Outage> covering, Instant from, Instant to) {
        List<Instant[]> spans = covering.stream()
                .map(o -> new Instant[] {max(o.startsAt(), from), min(end(o, to), to)})
                .filter(span -> span[0].isBefore(span[1]))
                .sorted(Comparator.comparing((Instant[] span) -> span[0]))
                .toList();
        Duration total = Duration.ZERO;
        Instant coveredUntil = from;
        for (Instant[] span : spans) {
            Instant start = max(span[0], coveredUntil);
            if (start.isBefore(span[1])) {
                total = total.plus(Duration.between(start, span[1]));
                coveredUntil = span[1];
            }
        }
        return total.toMinutes();
    }

    private static Instant end(Outage outage, Instant to) {
        return outage.hasEndedBy(to) ? outage.effectiveEnd() : to;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
