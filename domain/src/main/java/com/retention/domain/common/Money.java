package com.retention.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money conventions shared by every rule: results are BigDecimal at scale 2, rounded HALF_UP.
 * Intermediate sums stay unrounded so that rounding happens once, on the figure we export.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Rounds a computed amount to the exported money scale. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** Parses a literal amount (tests, config defaults) straight to money scale. */
    public static BigDecimal of(String amount) {
        return round(new BigDecimal(amount));
    }

    /** Null-tolerant: missing quantities and prices in source data count as zero. */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
