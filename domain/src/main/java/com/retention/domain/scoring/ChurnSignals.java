package com.retention.domain.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts about one subscriber as of business date D, gathered by the scoring job from the
 * source tables. "In the lookback" means the {@link ScoringRules#lookbackDays()} days [D-90, D-1].
 *
 * @param legacyTariff          the current tariff has status LEGACY
 * @param bestSavingShare       share of the current projected cost the best candidate tariff saves
 *                              (see {@code offers.SavingShare}); 0 when none saves; null is read as 0
 * @param charges               monthly charges for the usage-drop signal
 * @param ticketsInLookback     tickets opened in the lookback, any category
 * @param complaintInLookback   at least one of them has category COMPLAINT
 * @param outageMinutesInLookback minutes of outage over the subscriber's areas in the lookback
 *                              (see {@code outages.OutageExposure})
 * @param overdueNow            the account has overdue money as of D
 * @param maxDaysLateInLookback the most days late of a payment made in the lookback
 *                              (see {@code dunning.PaymentLateness}); 0 when none was late
 * @param activatedOn           activation date of the subscription
 * @param terminationRequested  a TERMINATION_REQUEST or PORT_OUT ticket is open at the reference time
 *                              (see {@code tickets.SaveRequest})
 */
public record ChurnSignals(
        boolean legacyTariff,
        BigDecimal bestSavingShare,
        ChargeHistory charges,
        int ticketsInLookback,
        boolean complaintInLookback,
        long outageMinutesInLookback,
        boolean overdueNow,
        int maxDaysLateInLookback,
        LocalDate activatedOn,
        boolean terminationRequested) {

    public ChurnSignals {
        bestSavingShare = bestSavingShare == null ? BigDecimal.ZERO : bestSavingShare;
        charges = charges == null ? ChargeHistory.unknown() : charges;
        Objects.requireNonNull(activatedOn, "activatedOn");
        if (ticketsInLookback < 0 || outageMinutesInLookback < 0 || maxDaysLateInLookback < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
