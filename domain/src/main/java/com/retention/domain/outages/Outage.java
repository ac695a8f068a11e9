package com.retention.domain.outages;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One outage on one area. The end that counts is {@code endedAt}; a PLANNED outage without it is
 * taken to end as scheduled ({@code expectedEndAt}), because feeds rarely close planned works and
 * an unclosed one would block sales calls forever. An UNPLANNED one's expected end is only a guess,
 * so it stays open until it is closed. Everything is judged "as of T", so re-runs for an earlier
 * T see the outage as it was then.
 */
public record Outage(String id, String areaCode, OutageKind kind, Instant startsAt, Instant expectedEndAt,
                     Instant endedAt) {

    public Outage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** The end we go by, or null while it has none. */
    public Instant effectiveEnd() {
        if (endedAt != null) {
            return endedAt;
        }
        return kind == OutageKind.PLANNED ? expectedEndAt : null;
    }

    public boolean hasStartedBy(Instant t) {
        return !startsAt.isAfter(t);
    }

    public boolean hasEndedBy(Instant t) {
        Instant end = effectiveEnd();
        return end != null && !end.isAfter(t);
    }

    /** Open at T: started at or before T and not ended at T. Suppresses sales and dunning calls. */
    public boolean isOpenAt(Instant t) {
        return hasStartedBy(t) && !hasEndedBy(t);
    }

    /** How long it lasted, or has lasted so far at T; zero before it starts. */
    public Duration lastedAt(Instant t) {
        if (!hasStartedBy(t)) {
            return Duration.ZERO;
        }
        Instant until = hasEndedBy(t) ? effectiveEnd() : t;
        return until.isBefore(startsAt) ? Duration.ZERO : Duration.between(startsAt, until);
    }
}
