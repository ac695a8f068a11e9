package com.retention.domain.dunning;

import java.math.BigDecimal;

/**
 * Parameters of dunning (README, "Dunning"). Steps start at 1 day past due with REMINDER_SMS.
 *
 * @param minOverdueAmount          overdue money below this is left alone (inclusive from here)
 * @param reminderCallFromDays      first day past due of REMINDER_CALL
 * @param suspensionWarningFromDays first day past due of SUSPENSION_WARNING
 * @param collectionsFromDays       first day past due of COLLECTIONS
 * @param promiseGraceDays          a promise to pay pauses through promise date + these days
 * @param paidPauseDays             "already paid" pauses through the reported day + these days
 */
public record DunningRules(
        BigDecimal minOverdueAmount,
        int reminderCallFromDays,
        int suspensionWarningFromDays,
        int collectionsFromDays,
        int promiseGraceDays,
        int paidPauseDays) {

    public DunningRules {
        if (minOverdueAmount == null || minOverdueAmount.signum() <= 0) {
            throw new IllegalArgumentException("dunning rules: minOverdueAmount must be positive");
        }
        if (!(1 < reminderCallFromDays && reminderCallFromDays < suspensionWarningFromDays
                && suspensionWarningFromDays < collectionsFromDays)) {
            throw new IllegalArgumentException("dunning rules: steps must start at increasing days after day 1");
        }
        if (promiseGraceDays < 0 || paidPauseDays < 0) {
            throw new IllegalArgumentException("dunning rules: pauses must be >= 0 days");
        }
    }

    /** The README's defaults. */
    public static DunningRules defaults() {
        return new DunningRules(new BigDecimal("100.00"), 6, 15, 30, 1, 3);
    }
}
