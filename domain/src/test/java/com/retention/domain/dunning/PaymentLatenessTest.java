package com.retention.domain.dunning;

import static com.retention.domain.dunning.OverdueCalculatorTest.D;
import static com.retention.domain.dunning.OverdueCalculatorTest.invoice;
import static com.retention.domain.dunning.OverdueCalculatorTest.payment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentLatenessTest {

    private final PaymentLateness lateness = new PaymentLateness();

    @Test
    void paymentClearingAnOldDebtIsAsLateAsThatDebt() {
        // I1 due D-50 paid on D-30 (20 days late); I2 due D-20 paid on time
        int days = lateness.maxDaysLate(List.of(invoice("I1", 50, "100"), invoice("I2", 20, "100")),
                List.of(payment("P1", 30, "100"), payment("P2", 21, "100")), D, 90);

        assertThat(days).isEqualTo(20);
    }

    @Test
    void onlyPaymentsInsideTheLookbackCount() {
        List<Invoice> invoices = List.of(invoice("I1", 150, "100"));
        List<Payment> payments = List.of(payment("P1", 91, "100"));

        assertThat(lateness.maxDaysLate(invoices, payments, D, 90)).isZero();
        assertThat(lateness.maxDaysLate(invoices, payments, D, 91)).isEqualTo(59);
    }

    @Test
    void onTimePayerIsNeverLate() {
        int days = lateness.maxDaysLate(List.of(invoice("I1", 30, "100")), List.of(payment("P1", 35, "100")), D, 90);

        assertThat(days).isZero();
    }
}
