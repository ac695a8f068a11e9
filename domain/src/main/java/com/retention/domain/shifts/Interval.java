package com.retention.domain.shifts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A span of time {@code [from, to)}. */
public record Interval(Instant from, Instant to) {

    public Interval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " .. " + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The time both spans share; empty when they do not overlap (touching ends share nothing). */
    public Optional<Interval> intersect(Interval other) {
        Instant start = from.isAfter(other.from) ? from : other.from;
        Instant end = to.isBefore(other.to) ? to : other.to;
        return end.isAfter(start) ? Optional.of(new Interval(start, end)) : Optional.empty();
    }
}
