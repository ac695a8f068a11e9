package com.retention.jobs.reporting;

import java.math.BigDecimal;

/**
 * A dunning step's contacted accounts, the money they owed at contact and what they paid within
 * the recovery window (up to what they owed). {@code stillOpen}: accounts whose window is not over.
 */
public record DunningRecoveryRow(String step, long accounts, BigDecimal overdue, BigDecimal paid, long stillOpen) {

    /** Paid / overdue at contact; null when nothing was overdue. */
    public Double recoveryRate() {
        return DunningSheet.rate(paid, overdue);
    }
}
