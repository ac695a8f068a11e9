package com.retention.domain.offers;

import java.math.BigDecimal;

/**
 * Parameters of tariff migration offers (README, "Tariff migration offer").
 *
 * @param minSavingShare       a SAVING offer saves at least this share of the current cost (inclusive)
 * @param minSavingAmount      ... and at least this much a month (inclusive)
 * @param usageMonths          how many full calendar months before D's month the projection averages
 * @param offerValidDays       an offer made on M is open through M + validDays - 1
 * @param acceptedCooldownDays no new offer through decidedOn + days - 1 after an acceptance
 * @param declinedCooldownDays no new offer through decidedOn + days - 1 after a decline
 */
public record OfferRules(
        BigDecimal minSavingShare,
        BigDecimal minSavingAmount,
        int usageMonths,
        int offerValidDays,
        int acceptedCooldownDays,
        int declinedCooldownDays) {

    public OfferRules {
        if (minSavingShare == null || minSavingShare.signum() < 0 || minSavingAmount == null
                || minSavingAmount.signum() < 0) {
            throw new IllegalArgumentException("offer rules: saving thresholds must be >= 0");
        }
        if (usageMonths <= 0 || offerValidDays <= 0 || acceptedCooldownDays < 0 || declinedCooldownDays < 0) {
            throw new IllegalArgumentException("offer rules: months and days must be positive");
        }
    }

    /** The README's defaults. */
    public static OfferRules defaults() {
        return new OfferRules(new BigDecimal("0.10"), new BigDecimal("50.00"), 3, 30, 90, 30);
    }
}
