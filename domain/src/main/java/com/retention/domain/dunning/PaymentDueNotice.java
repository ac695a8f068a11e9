package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which invoices of one account get their PAYMENT_DUE notice on business date D: due within the next
 * {@code preDueDays} days (D+1..D+preDueDays), issued by D-1, with at least {@code minOverdueAmount}
 * of it still open on D-1, and not notified before. Open means what FIFO leaves of it when every
 * payment made by D-1 settles every invoice issued by D-1, oldest first (so money owed on older
 * invoices is paid off first). The window, rather than the one day D = due - preDueDays, lets a
 * missed night, a late import or a notice held back by a cap still go before the money is overdue;
 * "not notified before" keeps it to one per invoice.
 */
public final class PaymentDueNotice {

    /** The notice's step code (campaign DUNNING). */
    public static final String STEP = "PAYMENT_DUE";

    private final PaymentDueRules rules;
    private final FifoSettlement fifo = new FifoSettlement();

    public PaymentDueNotice(PaymentDueRules rules) {
        this.rules = rules;
    }

    /** An invoice due a notice, with what is still open of it. */
    public record Due(Invoice invoice, BigDecimal open) {
    }

    /** The first due date that is in the window of D. */
    public LocalDate dueFrom(LocalDate date) {
        return date.plusDays(1);
    }

    /** The last due date that is in the window of D. */
    public LocalDate dueTo(LocalDate date) {
        return date.plusDays(rules.preDueDays());
    }

    /**
     * @param notified the ids of invoices that already had their notice (on any other date)
     * @return the invoices due a notice, oldest first
     */
    public List<Due> due(LocalDate date, Collection<Invoice> invoices, Collection<Payment> payments,
                         Set<String> notified) {
        LocalDate asOf = date.minusDays(1);
        List<Invoice> issued = invoices.stream().filter(i -> !i.issuedOn().isAfter(asOf)).toList();
        List<Payment> paid = payments.stream().filter(p -> !p.paidOn().isAfter(asOf)).toList();
        // Every invoice issued takes part, due or not: the cut-off only limits the payments.
        Settlement open = fifo.settle(issued, paid, LocalDate.MAX);
        return open.unpaid().stream()
                .filter(u -> !u.invoice().dueOn().isBefore(dueFrom(date)) && !u.invoice().dueOn().isAfter(dueTo(date)))
                .filter(u -> u.remaining().compareTo(rules.minOverdueAmount()) >= 0)
                .filter(u -> !notified.contains(u.invoice().id()))
                .map(u -> new Due(u.invoice(), u.remaining()))
                .toList();
    }
}
