package com.retention.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueCalculatorTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);
    private final OverdueCalculator calculator = new OverdueCalculator();

    static Invoice invoice(String id, int dueDaysBeforeD, String amount) {
        LocalDate due = D.minusDays(dueDaysBeforeD);
        return new Invoice(id, due.minusDays(14), due, new BigDecimal(amount));
    }

    static Payment payment(String id, int daysBeforeD, String amount) {
        return new Payment(id, D.minusDays(daysBeforeD), new BigDecimal(amount));
    }

    @Test
    void partialPaymentSettlesTheOldestInvoiceFirst() {
        List<Invoice> invoices = List.of(invoice("INV-2", 10, "200"), invoice("INV-1", 40, "300"));
        List<Payment> payments = List.of(payment("P-1", 5, "350"));

        Overdue overdue = calculator.overdueAsOf(invoices, payments, D);

        // INV-1 fully paid, 150 of INV-2 left: the age is INV-2's
        assertThat(overdue.amount()).isEqualTo(new BigDecimal("150.00"));
        assertThat(overdue.daysPastDue()).isEqualTo(10);
        assertThat(overdue.credit()).isEqualTo(new BigDecimal("0.00"));
        assertThat(overdue.isOverdue()).isTrue();
    }

    @Test
    void partialPaymentOfTheOldestKeepsItsAge() {
        List<Invoice> invoices = List.of(invoice("INV-1", 40, "300"), invoice("INV-2", 10, "200"));

        Overdue overdue = calculator.overdueAsOf(invoices, List.of(payment("P-1", 5, "100")), D);

        assertThat(overdue.amount()).isEqualTo(new BigDecimal("400.00"));
        assertThat(overdue.daysPastDue()).isEqualTo(40);
    }

    @Test
    void dueOnDMinusOneIsOneDayPastDueAndDueOnDIsNotYetOverdue() {
        Overdue dueYesterday = calculator.overdueAsOf(List.of(invoice("A", 1, "120")), List.of(), D);
        Overdue dueToday = calculator.overdueAsOf(List.of(invoice("B", 0, "120")), List.of(), D);

        assertThat(dueYesterday.daysPastDue()).isEqualTo(1);
        assertThat(dueYesterday.amount()).isEqualTo(new BigDecimal("120.00"));
        assertThat(dueToday.isOverdue()).isFalse();
        assertThat(dueToday.daysPastDue()).isZero();
    }

    @Test
    void paymentsMadeOnDAreNotSeenYet() {
        Overdue overdue = calculator.overdueAsOf(List.of(invoice("A", 3, "120")), List.of(payment("P", 0, "120")), D);

        assertThat(overdue.amount()).isEqualTo(new BigDecimal("120.00"));
    }

    @Test
    void overpaymentLeavesCreditAndNothingOverdue() {
        Overdue overdue = calculator.overdueAsOf(List.of(invoice("A", 3, "120")),
                List.of(payment("P1", 20, "100"), payment("P2", 2, "70.50")), D);

        assertThat(overdue.isOverdue()).isFalse();
        assertThat(overdue.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(overdue.daysPastDue()).isZero();
        assertThat(overdue.credit()).isEqualTo(new BigDecimal("50.50"));
    }

    @Test
    void creditFromAnEarlierOverpaymentSettlesALaterInvoice() {
        Overdue overdue = calculator.overdueAsOf(List.of(invoice("A", 60, "100"), invoice("B", 5, "100")),
                List.of(payment("P", 70, "250")), D);

        assertThat(overdue.isOverdue()).isFalse();
        assertThat(overdue.credit()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void sameDueDateOrdersByIssueDateThenId() {
        LocalDate due = D.minusDays(10);
        Invoice lateIssued = new Invoice("A", due.minusDays(1), due, new BigDecimal("100"));
        Invoice earlyIssued = new Invoice("Z", due.minusDays(20), due, new BigDecimal("100"));

        Settlement settled = new FifoSettlement().settle(List.of(lateIssued, earlyIssued),
                List.of(payment("P", 5, "100")), D.minusDays(1));

        assertThat(settled.allocations()).extracting(Allocation::invoiceId).containsExactly("Z");
        assertThat(settled.oldestUnpaid()).map(u -> u.invoice().id()).contains("A");
    }

    @Test
    void noInvoicesNothingOverdue() {
        Overdue overdue = calculator.overdueAsOf(List.of(), List.of(), D);

        assertThat(overdue.isOverdue()).isFalse();
        assertThat(overdue.credit()).isEqualTo(new BigDecimal("0.00"));
    }
}
