package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Settles an account's payments against its invoices, oldest invoice first (by due date, then
 * issue date, then id), as of a cut-off day: only invoices due and payments made on or before it
 * take part. Payments are applied in the order they were made, so each allocation tells how late
 * that money was. What is left after every invoice is settled is credit.
 */
public final class FifoSettlement {

    static final Comparator<Invoice> OLDEST_FIRST = Comparator.comparing(Invoice::dueOn)
            .thenComparing(Invoice::issuedOn)
            .thenComparing(Invoice::id);

    static final Comparator<Payment> EARLIEST_FIRST = Comparator.comparing(Payment::paidOn)
            .thenComparing(Payment::id);

    public Settlement settle(Collection<Invoice> invoices, Collection<Payment> payments, LocalDate cutoff) {
        List<Invoice> due = invoices.stream().filter(i -> !i.dueOn().isAfter(cutoff)).sorted(OLDEST_FIRST).toList();
        List<Payment> paid = payments.stream().filter(p -> !p.paidOn().isAfter(cutoff)).sorted(EARLIEST_FIRST)
                .toList();

        BigDecimal[] remaining = due.stream().map(Invoice::amount).toArray(BigDecimal[]::new);
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal credit = BigDecimal.ZERO;
        int oldest = 0;
        for (Payment payment : paid) {
            BigDecimal left = payment.amount();
            while (left.signum() > 0 && oldest < due.size()) {
                BigDecimal applied = left.min(remaining[oldest]);
                if (applied.signum() > 0) {
                    Invoice invoice = due.get(oldest);
                    allocations.add(new Allocation(payment.id(), invoice.id(), payment.paidOn(), invoice.dueOn(),
                            applied));
                    remaining[oldest] = remaining[oldest].subtract(applied);
                    left = left.subtract(applied);
                }
                if (remaining[oldest].signum() == 0) {
                    oldest++;
                }
            }
            credit = credit.add(left);
        }

        List<Settlement.UnpaidInvoice> unpaid = new ArrayList<>();
        for (int i = oldest; i < due.size(); i++) {
            if (remaining[i].signum() > 0) {
                unpaid.add(new Settlement.UnpaidInvoice(due.get(i), remaining[i]));
            }
        }
        return new Settlement(unpaid, allocations, credit);
    }
}
