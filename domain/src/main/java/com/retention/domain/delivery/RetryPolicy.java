package com.retention.domain.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Retries of a transient failure (README "Delivery"): the n-th failed attempt waits
 * {@code backoff × 2^(n-1)} before the next, and after {@code maxAttempts} attempts the
 * notification is FAILED.
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        if (maxAttempts < 1 || backoff.isNegative()) {
            throw new IllegalArgumentException("retries: max-attempts >= 1 and backoff >= 0");
        }
    }

    /** When to try again after attempt number {@code attempts} failed; empty: give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        return Optional.of(failedAt.plus(backoff.multipliedBy(factor)));
    }
}
