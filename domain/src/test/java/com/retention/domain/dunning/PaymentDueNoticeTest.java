package com.retention.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentDueNoticeTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);
    private final PaymentDueNotice notice = new PaymentDueNotice(PaymentDueRules.defaults());

    /** Issued {@code issuedDaysBeforeD} days before D, due {@code dueDaysAfterD} days after it. */
    static Invoice invoice(String id, int issuedDaysBeforeD, int dueDaysAfterD, String amount) {
        return new Invoice(id, D.minusDays(issuedDaysBeforeD), D.plusDays(dueDaysAfterD), new BigDecimal(amount));
    }

    static Payment payment(String id, int daysBeforeD, String amount) {
        return new Payment(id, D.minusDays(daysBeforeD), new BigDecimal(amount));
    }

    private List<String> due(List<Invoice> invoices, List<Payment> payments, Set<String> notified) {
        return notice.due(D, invoices, payments, notified).stream().map(d -> d.invoice().id()).toList();
    }

    @Test
    void theWindowIsTheNextPreDueDays() {
        List<Invoice> invoices = List.of(invoice("TODAY", 12, 0, "500"), invoice("D1", 12, 1, "500"),
                invoice("D3", 12, 3, "500"), invoice("D4", 12, 4, "500"));

        assertThat(due(invoices, List.of(), Set.of())).containsExactly("D1", "D3");
        assertThat(notice.dueFrom(D)).isEqualTo(D.plusDays(1));
        assertThat(notice.dueTo(D)).isEqualTo(D.plusDays(3));
    }

    @Test
    void paymentsSettleOlderInvoicesFirstSoTheNewOneStaysOpen() {
        // 700 paid: the overdue 600 first, then 100 of the 500 due in 2 days: 400 open.
        List<Invoice> invoices = List.of(invoice("OLD", 40, -25, "600"), invoice("NEW", 12, 2, "500"));

        assertThat(notice.due(D, invoices, List.of(payment("P", 3, "700")), Set.of()))
                .extracting(d -> d.invoice().id(), d -> d.open().intValue())
                .containsExactly(tuple("NEW", 400));
    }

    @Test
    void lessThanTheMinimumOpenOnDMinus1IsLeftAlone() {
        List<Invoice> invoices = List.of(invoice("I", 12, 2, "500"));

        assertThat(due(invoices, List.of(payment("P", 1, "401")), Set.of())).isEmpty();
        assertThat(due(invoices, List.of(payment("P", 1, "400")), Set.of())).containsExactly("I");
        assertThat(due(invoices, List.of(payment("P", 1, "500")), Set.of())).isEmpty();
    }

    @Test
    void paymentsOfDItselfAreNotSeenYet() {
        List<Invoice> invoices = List.of(invoice("I", 12, 2, "500"));

        assertThat(due(invoices, List.of(payment("P", 0, "500")), Set.of())).containsExactly("I");
    }

    @Test
    void anInvoiceIssuedOnDWaitsForTheNextDay() {
        assertThat(due(List.of(invoice("I", 0, 2, "500")), List.of(), Set.of())).isEmpty();
        assertThat(notice.due(D.plusDays(1), List.of(invoice("I", 0, 2, "500")), List.of(), Set.of())).hasSize(1);
    }

    @Test
    void anInvoiceNotifiedBeforeIsNotNotifiedAgain() {
        List<Invoice> invoices = List.of(invoice("A", 12, 1, "500"), invoice("B", 12, 2, "500"));

        assertThat(due(invoices, List.of(), Set.of("A"))).containsExactly("B");
    }

    @Test
    void rulesRefuseNonsense() {
        assertThatThrownBy(() -> new PaymentDueRules(BigDecimal.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentDueRules(BigDecimal.TEN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
