package com.retention.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over consecutive nights (what each sent is remembered): no invoice is ever notified twice, never
 * once it is due or past it, never with less than the minimum open; and an invoice that stays open
 * enough through its window is notified exactly once, before its due date.
 */
class PaymentDueNoticeProperties {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final PaymentDueRules RULES = PaymentDueRules.defaults();

    @Property
    void oncePerInvoiceAndOnlyBeforeItIsDue(@ForAll("invoices") List<Invoice> invoices,
                                           @ForAll("payments") List<Payment> payments,
                                           @ForAll @IntRange(min = 1, max = 5) int preDueDays) {
        PaymentDueNotice notice = new PaymentDueNotice(new PaymentDueRules(RULES.minOverdueAmount(), preDueDays));
        Set<String> notified = new HashSet<>();
        Map<String, LocalDate> notifiedOn = new TreeMap<>();
        for (LocalDate d = START; d.isBefore(START.plusDays(40)); d = d.plusDays(1)) {
            for (PaymentDueNotice.Due due : notice.due(d, invoices, payments, notified)) {
                assertThat(notified.add(due.invoice().id())).as("notified twice: %s", due.invoice().id()).isTrue();
                notifiedOn.put(due.invoice().id(), d);
                assertThat(due.invoice().dueOn()).isAfter(d).isBeforeOrEqualTo(d.plusDays(preDueDays));
                assertThat(due.open()).isGreaterThanOrEqualTo(RULES.minOverdueAmount())
                        .isLessThanOrEqualTo(due.invoice().amount());
            }
        }
        for (Invoice invoice : invoices) {
            LocalDate first = invoice.dueOn().minusDays(preDueDays);
            boolean inRange = !first.isBefore(START) && invoice.issuedOn().isBefore(first)
                    && invoice.dueOn().isBefore(START.plusDays(40));
            boolean openOnItsFirstDay = inRange && notice.due(first, invoices, payments, Set.of()).stream()
                    .anyMatch(d -> d.invoice().id().equals(invoice.id()));
            if (openOnItsFirstDay) {
                assertThat(notifiedOn).containsEntry(invoice.id(), first);
            }
        }
    }

    @Provide
    Arbitrary<List<Invoice>> invoices() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 900))
                .as((issued, term, amount) -> new int[] {issued, term, amount})
                .list().ofMaxSize(6)
                .map(rows -> {
                    List<Invoice> list = new ArrayList<>();
                    for (int k = 0; k < rows.size(); k++) {
                        int[] r = rows.get(k);
                        LocalDate issuedOn = START.plusDays(r[0]);
                        list.add(new Invoice("I" + k, issuedOn, issuedOn.plusDays(r[1]), BigDecimal.valueOf(r[2])));
                    }
                    return list;
                });
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 900))
                .as((day, amount) -> new int[] {day, amount})
                .list().ofMaxSize(5)
                .map(rows -> {
                    List<Payment> list = new ArrayList<>();
                    for (int k = 0; k < rows.size(); k++) {
                        list.add(new Payment("P" + k, START.plusDays(rows.get(k)[0]), BigDecimal.valueOf(rows.get(k)[1])));
                    }
                    return list;
                });
    }
}
