package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The part of one payment that settled (part of) one invoice. */
public record Allocation(String paymentId, String invoiceId, LocalDate paidOn, LocalDate dueOn, BigDecimal amount) {

    /** Days after the due date this money arrived; 0 when paid on time or early. */
    public int daysLate() {
        return (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, paidOn));
    }
}
