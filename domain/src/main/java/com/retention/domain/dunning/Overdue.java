package com.retention.domain.dunning;

import com.retention.domain.common.Money;
import java.math.BigDecimal;

/**
 * An account's overdue money as of D.
 *
 * @param amount      overdue money, scale 2; 0 when nothing is overdue
 * @param daysPastDue D minus the due date of the oldest invoice not fully paid; 0 when nothing is overdue
 * @param credit      payments beyond the dues, scale 2; 0 when none
 */
public record Overdue(BigDecimal amount, int daysPastDue, BigDecimal credit) {

    public static Overdue none(BigDecimal credit) {
        return new Overdue(Money.ZERO, 0, Money.round(credit));
    }

    public boolean isOverdue() {
        return amount.signum() > 0;
    }
}
