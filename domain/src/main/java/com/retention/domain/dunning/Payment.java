package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One payment into an account. Refunds (negative amounts) are refused: imports must reject them. */
public record Payment(String id, LocalDate paidOn, BigDecimal amount) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paidOn, "paidOn");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("payment " + id + ": amount must be >= 0");
        }
    }
}
