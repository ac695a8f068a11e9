package com.retention.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One bill of an account. Negative amounts (credit notes) are refused: imports must reject them. */
public record Invoice(String id, LocalDate issuedOn, LocalDate dueOn, BigDecimal amount) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("invoice " + id + ": amount must be >= 0");
        }
    }
}
