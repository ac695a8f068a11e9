package com.retention.domain.scoring;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Parameters of the churn score (README, "Churn score"). A weight of 0 switches a signal off:
 * it then neither adds points nor leaves its reason code, so config can disable a signal cleanly.
 *
 * @param terminationRequestWeight points while a TERMINATION_REQUEST or PORT_OUT ticket is open (60: HIGH alone)
 * @param overpayingMinSavingShare share of the current projected cost the best tariff must save (0.15)
 * @param usageDropMinShare        how far last month must fall below the prior average (0.40 = 40 %)
 * @param complaintsMinTickets     tickets in the lookback that count as complaining without a COMPLAINT
 * @param lookbackDays             the "last 90 days" window the signal builder queries: [D-90, D-1]
 * @param outageMinDuration        outage time over the subscriber's areas within the lookback
 * @param latePaymentMinDays       a payment this many days late within the lookback marks a late payer
 * @param shortTenureMonths        active for fewer months than this is short tenure
 */
public record ScoringRules(
        int legacyTariffWeight,
        int overpayingWeight,
        int usageDropWeight,
        int complaintsWeight,
        int outageHitWeight,
        int latePayerWeight,
        int shortTenureWeight,
        int terminationRequestWeight,
        BigDecimal overpayingMinSavingShare,
        BigDecimal usageDropMinShare,
        int complaintsMinTickets,
        int lookbackDays,
        Duration outageMinDuration,
        int latePaymentMinDays,
        int shortTenureMonths,
        int highFrom,
        int mediumFrom,
        int cap) {

    public ScoringRules {
        int[] weights = {legacyTariffWeight, overpayingWeight, usageDropWeight, complaintsWeight,
                outageHitWeight, latePayerWeight, shortTenureWeight, terminationRequestWeight};
        for (int weight : weights) {
            require(weight >= 0, "weights must not be negative");
        }
        require(overpayingMinSavingShare != null && overpayingMinSavingShare.signum() > 0,
                "overpayingMinSavingShare must be positive");
        require(usageDropMinShare != null && usageDropMinShare.signum() > 0
                && usageDropMinShare.compareTo(BigDecimal.ONE) <= 0, "usageDropMinShare must be in (0, 1]");
        require(complaintsMinTickets > 0, "complaintsMinTickets must be positive");
        require(lookbackDays > 0, "lookbackDays must be positive");
        require(outageMinDuration != null && outageMinDuration.toMinutes() > 0, "outageMinDuration must be positive");
        require(latePaymentMinDays > 0, "latePaymentMinDays must be positive");
        require(shortTenureMonths >= 0, "shortTenureMonths must be >= 0");
        require(cap > 0, "cap must be positive");
        require(0 < mediumFrom && mediumFrom <= highFrom && highFrom <= cap,
                "bands need 0 < mediumFrom <= highFrom <= cap");
    }

    /** The README's defaults. */
    public static ScoringRules defaults() {
        return new ScoringRules(15, 20, 20, 15, 10, 10, 10, 60,
                new BigDecimal("0.15"), new BigDecimal("0.40"), 2, 90, Duration.ofHours(4), 15, 6,
                60, 35, 100);
    }

    public int weight(ReasonCode reason) {
        return switch (reason) {
            case LEGACY_TARIFF -> legacyTariffWeight;
            case OVERPAYING -> overpayingWeight;
            case USAGE_DROP -> usageDropWeight;
            case COMPLAINTS -> complaintsWeight;
            case OUTAGE_HIT -> outageHitWeight;
            case LATE_PAYER -> latePayerWeight;
            case SHORT_TENURE -> shortTenureWeight;
            case TERMINATION_REQUEST -> terminationRequestWeight;
        };
    }

    public ChurnBand bandOf(int score) {
        if (score >= highFrom) {
            return ChurnBand.HIGH;
        }
        return score >= mediumFrom ? ChurnBand.MEDIUM : ChurnBand.LOW;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("scoring rules: " + message);
        }
    }
}
