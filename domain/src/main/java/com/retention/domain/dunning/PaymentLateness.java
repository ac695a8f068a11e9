package com.retention.domain.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * For the LATE_PAYER churn signal: the most days late of any payment money that arrived in the
 * lookback [D-lookbackDays, D-1]. Lateness comes from the FIFO settlement, so a payment that clears
 * an old debt counts as late as that debt, even if the newest bill was paid on time.
 */
public final class PaymentLateness {

    private final FifoSettlement settlement;

    public PaymentLateness(FifoSettlement settlement) {
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    public PaymentLateness() {
        this(new FifoSettlement());
    }

    public int maxDaysLate(Collection<Invoice> invoices, Collection<Payment> payments, LocalDate businessDate,
                           int lookbackDays) {
        LocalDate from = businessDate.minusDays(lookbackDays);
        return settlement.settle(invoices, payments, businessDate.minusDays(1)).allocations().stream()
                .filter(a -> !a.paidOn().isBefore(from))
                .mapToInt(Allocation::daysLate)
                .max()
                .orElse(0);
    }
}
