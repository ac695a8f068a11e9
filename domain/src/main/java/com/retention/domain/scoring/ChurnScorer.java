package com.retention.domain.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The weighted-sum churn score of the README: each firing signal adds its weight, capped. */
public final class ChurnScorer {

    private final ScoringRules rules;

    public ChurnScorer(ScoringRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ChurnScore score(ChurnSignals signals, LocalDate businessDate) {
        Set<ReasonCode> fired = firedSignals(signals, businessDate);
        int sum = 0;
        List<ReasonCode> reasons = new ArrayList<>();
        for (ReasonCode reason : ReasonCode.values()) {
            int weight = rules.weight(reason);
            if (fired.contains(reason) && weight > 0) {
                // capping as we go keeps the int sum from overflowing with huge configured weights
                sum = (int) Math.min(rules.cap(), (long) sum + weight);
                reasons.add(reason);
            }
        }
        return new ChurnScore(sum, rules.bandOf(sum), reasons);
    }

    private Set<ReasonCode> firedSignals(ChurnSignals s, LocalDate businessDate) {
        Set<ReasonCode> fired = EnumSet.noneOf(ReasonCode.class);
        if (s.legacyTariff()) {
            fired.add(ReasonCode.LEGACY_TARIFF);
        }
        if (s.bestSavingShare().compareTo(rules.overpayingMinSavingShare()) >= 0) {
            fired.add(ReasonCode.OVERPAYING);
        }
        if (s.charges().dropped(rules.usageDropMinShare())) {
            fired.add(ReasonCode.USAGE_DROP);
        }
        if (s.ticketsInLookback() >= rules.complaintsMinTickets() || s.complaintInLookback()) {
            fired.add(ReasonCode.COMPLAINTS);
        }
        if (s.outageMinutesInLookback() >= rules.outageMinDuration().toMinutes()) {
            fired.add(ReasonCode.OUTAGE_HIT);
        }
        if (s.overdueNow() || s.maxDaysLateInLookback() >= rules.latePaymentMinDays()) {
            fired.add(ReasonCode.LATE_PAYER);
        }
        // "active under six months": still before the six-month anniversary on D
        if (businessDate.isBefore(s.activatedOn().plusMonths(rules.shortTenureMonths()))) {
            fired.add(ReasonCode.SHORT_TENURE);
        }
        if (s.terminationRequested()) {
            fired.add(ReasonCode.TERMINATION_REQUEST);
        }
        return fired;
    }
}
