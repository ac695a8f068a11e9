package com.retention.domain.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which dunning step an account is on as of D: none under the minimum amount or while paused,
 * otherwise by days past due. COLLECTIONS hands the account over; the caller stops calling it.
 */
public final class DunningStepPolicy {

    private final DunningRules rules;

    public DunningStepPolicy(DunningRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Optional<DunningStep> stepFor(Overdue overdue, LocalDate businessDate, Collection<DunningPause> pauses) {
        if (overdue.amount().compareTo(rules.minOverdueAmount()) < 0 || overdue.daysPastDue() < 1) {
            return Optional.empty();
        }
        if (pauses.stream().anyMatch(p -> p.suppresses(businessDate))) {
            return Optional.empty();
        }
        return Optional.of(stepForDays(overdue.daysPastDue()));
    }

    DunningStep stepForDays(int daysPastDue) {
        if (daysPastDue >= rules.collectionsFromDays()) {
            return DunningStep.COLLECTIONS;
        }
        if (daysPastDue >= rules.suspensionWarningFromDays()) {
            return DunningStep.SUSPENSION_WARNING;
        }
        return daysPastDue >= rules.reminderCallFromDays() ? DunningStep.REMINDER_CALL : DunningStep.REMINDER_SMS;
    }
}
