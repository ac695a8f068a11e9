package com.retention.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;

/** Settlement never loses or invents money, and the overdue amount does not depend on input order. */
class FifoSettlementProperties {

    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    @Property
    void moneyIsConserved(@ForAll("invoices") List<Invoice> invoices, @ForAll("payments") List<Payment> payments) {
        LocalDate cutoff = D.minusDays(1);
        Settlement settled = new FifoSettlement().settle(invoices, payments, cutoff);

        BigDecimal paid = sum(payments.stream().filter(p -> !p.paidOn().isAfter(cutoff)).map(Payment::amount).toList());
        BigDecimal due = sum(invoices.stream().filter(i -> !i.dueOn().isAfter(cutoff)).map(Invoice::amount).toList());
        BigDecimal allocated = sum(settled.allocations().stream().map(Allocation::amount).toList());

        assertThat(allocated.add(settled.credit())).isEqualByComparingTo(paid);
        assertThat(allocated.add(settled.unpaidTotal())).isEqualByComparingTo(due);
        assertThat(settled.credit().signum() == 0 || settled.unpaid().isEmpty()).isTrue();
    }

    @Property
    void overdueIsDuesMinusPaymentsWhateverTheOrder(@ForAll("invoices") List<Invoice> invoices,
                                                    @ForAll("payments") List<Payment> payments,
                                                    @ForAll Random random) {
        LocalDate cutoff = D.minusDays(1);
        BigDecimal paid = sum(payments.stream().filter(p -> !p.paidOn().isAfter(cutoff)).map(Payment::amount).toList());
        BigDecimal due = sum(invoices.stream().filter(i -> !i.dueOn().isAfter(cutoff)).map(Invoice::amount).toList());
        List<Invoice> shuffledInvoices = new ArrayList<>(invoices);
        List<Payment> shuffledPayments = new ArrayList<>(payments);
        Collections.shuffle(shuffledInvoices, random);
        Collections.shuffle(shuffledPayments, random);

        Overdue overdue = new OverdueCalculator().overdueAsOf(invoices, payments, D);
        Overdue shuffled = new OverdueCalculator().overdueAsOf(shuffledInvoices, shuffledPayments, D);

        assertThat(overdue.amount()).isEqualByComparingTo(due.subtract(paid).max(BigDecimal.ZERO));
        assertThat(shuffled).isEqualTo(overdue);
        assertThat(overdue.isOverdue()).isEqualTo(overdue.daysPastDue() >= 1);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2);
    }

    @Provide
    Arbitrary<List<Invoice>> invoices() {
        return Combinators.combine(Arbitraries.integers().between(-20, 200), Arbitraries.integers().between(0, 30),
                        money())
                .as((dueBefore, issuedBefore, amount) -> {
                    LocalDate due = D.minusDays(dueBefore);
                    return new Invoice("I" + dueBefore + "-" + issuedBefore + "-" + amount,
                            due.minusDays(issuedBefore), due, amount);
                })
                .list().ofMaxSize(8).uniqueElements(Invoice::id);
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        return Combinators.combine(Arbitraries.integers().between(-10, 200), money())
                .as((before, amount) -> new Payment("P" + before + "-" + amount, D.minusDays(before), amount))
                .list().ofMaxSize(8).uniqueElements(Payment::id);
    }
}
