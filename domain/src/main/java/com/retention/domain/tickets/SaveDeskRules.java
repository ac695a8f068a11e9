package com.retention.domain.tickets;

import java.time.LocalDate;

/**
 * How the save desk's work is judged (README, "Save desk"): a request to leave made on day R is saved
 * when the subscriber is still active {@code savedAfterDays} days later, on R + savedAfterDays (not
 * terminated before that day). It can be told once that day is before D, the first day a run of D
 * does not see yet.
 */
public record SaveDeskRules(int savedAfterDays) {

    public SaveDeskRules {
        if (savedAfterDays < 1) {
            throw new IllegalArgumentException("save desk rules: savedAfterDays must be >= 1");
        }
    }

    /** The README's default: 30 days. */
    public static SaveDeskRules defaults() {
        return new SaveDeskRules(30);
    }

    /** Whether a run of D can tell the request of day {@code requestedOn} saved or lost. */
    public boolean observable(LocalDate requestedOn, LocalDate businessDate) {
        return requestedOn.plusDays(savedAfterDays).isBefore(businessDate);
    }

    /** Saved: not terminated before R + savedAfterDays ({@code terminatedOn} null: still active). */
    public boolean saved(LocalDate requestedOn, LocalDate terminatedOn) {
        return terminatedOn == null || !terminatedOn.isBefore(requestedOn.plusDays(savedAfterDays));
    }
}
