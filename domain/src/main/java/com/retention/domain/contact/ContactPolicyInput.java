package com.retention.domain.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the policy decides from for one business date.
 *
 * @param candidates all candidates of the date, from every campaign; candidate ids must be unique
 * @param history    contacts that count towards the caps (the last 30 days are enough)
 * @param dncPhones  E.164 numbers on the do-not-call list on this date (expired entries left out)
 * @param lastComplaints per subscriber, the day of their latest COMPLAINT outcome on or before the
 *                   business date (those long past may be left out); subscribers without one absent
 */
public record ContactPolicyInput(LocalDate businessDate, List<ContactCandidate> candidates,
                                 List<PastContact> history, Set<String> dncPhones,
                                 Map<String, LocalDate> lastComplaints) {

    /** A day without complaints to respect. */
    public ContactPolicyInput(LocalDate businessDate, List<ContactCandidate> candidates, List<PastContact> history,
                              Set<String> dncPhones) {
        this(businessDate, candidates, history, dncPhones, Map.of());
    }

    public ContactPolicyInput {
        Objects.requireNonNull(businessDate, "businessDate");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        history = history == null ? List.of() : List.copyOf(history);
        dncPhones = dncPhones == null ? Set.of() : Set.copyOf(dncPhones);
        lastComplaints = lastComplaints == null ? Map.of() : Map.copyOf(lastComplaints);
    }
}
