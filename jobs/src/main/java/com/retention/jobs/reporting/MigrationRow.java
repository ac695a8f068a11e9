package com.retention.jobs.reporting;

import java.math.BigDecimal;

/** Accepted migrations from one tariff to another, with their monthly revenue before and after. */
public record MigrationRow(String fromTariff, String toTariff, long orders, BigDecimal revenueBefore,
        BigDecimal revenueAfter) {

    public BigDecimal change() {
        return revenueAfter.subtract(revenueBefore);
    }
}
