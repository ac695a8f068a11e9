package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Result of settling payments against invoices oldest first.
 *
 * @param unpaid      invoices not fully paid, oldest first, with what is left of each
 * @param allocations which payment money went to which invoice, in settlement order
 * @param credit      payment money left over after every invoice was settled (0 when none)
 */
public record Settlement(List<UnpaidInvoice> unpaid, List<Allocation> allocations, BigDecimal credit) {

    public Settlement {
        unpaid = List.copyOf(unpaid);
        allocations = List.copyOf(allocations);
    }

    public BigDecimal unpaidTotal() {
        return unpaid.stream().map(UnpaidInvoice::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<UnpaidInvoice> oldestUnpaid() {
        return unpaid.stream().findFirst();
    }

    /** An invoice with money still owed on it. */
    public record UnpaidInvoice(Invoice invoice, BigDecimal remaining) {
    }
}
