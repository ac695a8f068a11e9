package com.retention.domain.dunning;

import com.retention.domain.common.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/**
 * The README's overdue amount: invoices due on or before D-1 minus payments made on or before
 * D-1 (the run sees data up to the end of D-1), payments settling the oldest invoice first.
 * An invoice due on D-1 and unpaid is 1 day past due on D.
 */
public final class OverdueCalculator {

    private final FifoSettlement settlement;

    public OverdueCalculator(FifoSettlement settlement) {
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    public OverdueCalculator() {
        this(new FifoSettlement());
    }

    public Overdue overdueAsOf(Collection<Invoice> invoices, Collection<Payment> payments, LocalDate businessDate) {
        Settlement settled = settlement.settle(invoices, payments, businessDate.minusDays(1));
        return settled.oldestUnpaid()
                .map(oldest -> new Overdue(Money.round(settled.unpaidTotal()),
                        (int) ChronoUnit.DAYS.between(oldest.invoice().dueOn(), businessDate),
                        Money.round(settled.credit())))
                .orElseGet(() -> Overdue.none(settled.credit()));
    }
}
