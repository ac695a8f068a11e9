package com.retention.domain.dunning;

import java.math.BigDecimal;

/**
 * Parameters of the PAYMENT_DUE notice (README, "Dunning"), bound from the same section as
 * {@link DunningRules}: the notice's threshold is dunning's own {@code min-overdue-amount}.
 *
 * @param minOverdueAmount an invoice with less than this still open on D-1 gets no notice
 * @param preDueDays       the notice goes this many days before the due date (or on a later day
 *                         before it, when that day's run could not send it)
 */
public record PaymentDueRules(BigDecimal minOverdueAmount, int preDueDays) {

    public PaymentDueRules {
        if (minOverdueAmount == null || minOverdueAmount.signum() <= 0) {
            throw new IllegalArgumentException("payment-due rules: minOverdueAmount must be positive");
        }
        if (preDueDays < 1) {
            throw new IllegalArgumentException("payment-due rules: preDueDays must be >= 1");
        }
    }

    /** The README's defaults. */
    public static PaymentDueRules defaults() {
        return new PaymentDueRules(new BigDecimal("100.00"), 3);
    }
}
