package com.retention.domain.dunning;

import static com.retention.domain.dunning.OverdueCalculatorTest.D;
import static com.retention.domain.dunning.OverdueCalculatorTest.invoice;
import static com.retention.domain.dunning.OverdueCalculatorTest.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FifoSettlementTest {

    private final FifoSettlement fifo = new FifoSettlement();

    @Test
    void onePaymentSplitsAcrossTwoInvoicesInPaymentOrder() {
        Settlement settled = fifo.settle(List.of(invoice("I2", 10, "200"), invoice("I1", 40, "300")),
                List.of(payment("P2", 3, "100"), payment("P1", 20, "350")), D.minusDays(1));

        assertThat(settled.allocations())
                .extracting(Allocation::paymentId, Allocation::invoiceId, a -> a.amount().intValue())
                .containsExactly(tuple("P1", "I1", 300), tuple("P1", "I2", 50), tuple("P2", "I2", 100));
        assertThat(settled.unpaid()).singleElement()
                .satisfies(u -> assertThat(u.remaining()).isEqualByComparingTo("50"));
        assertThat(settled.credit()).isZero();
    }

    @Test
    void allocationsKnowHowLateTheMoneyCame() {
        Settlement settled = fifo.settle(List.of(invoice("I1", 40, "300")), List.of(payment("P1", 20, "300")),
                D.minusDays(1));

        assertThat(settled.allocations()).singleElement().satisfies(a -> assertThat(a.daysLate()).isEqualTo(20));
    }

    @Test
    void earlyMoneyIsNotLate() {
        Allocation early = new Allocation("P", "I", D.minusDays(5), D, BigDecimal.ONE);

        assertThat(early.daysLate()).isZero();
    }

    @Test
    void zeroInvoicesAndPaymentsAreHarmless() {
        Settlement settled = fifo.settle(List.of(invoice("Z", 30, "0"), invoice("I", 20, "100")),
                List.of(payment("P0", 25, "0"), payment("P", 10, "40")), D.minusDays(1));

        assertThat(settled.oldestUnpaid()).map(u -> u.invoice().id()).contains("I");
        assertThat(settled.unpaidTotal()).isEqualByComparingTo("60");
    }
}
