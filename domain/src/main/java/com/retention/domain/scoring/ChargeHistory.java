package com.retention.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Money charged in the last full month before D and in the three months before that, for the
 * USAGE_DROP signal. A month without a usage row is unknown, not zero: a gap in the feed must not
 * look like a drop. Without the last month or without all three earlier months there is no signal,
 * because a new subscriber's first months would otherwise flag as drops or hide them.
 *
 * @param lastFullMonth charged in the calendar month before D's month; null when unknown
 * @param priorMonths   charged in the up to three months before that which are known (most recent first)
 */
public record ChargeHistory(BigDecimal lastFullMonth, List<BigDecimal> priorMonths) {

    static final int PRIOR_MONTHS = 3;

    public ChargeHistory {
        priorMonths = priorMonths == null ? List.of() : List.copyOf(priorMonths);
        if (priorMonths.size() > PRIOR_MONTHS) {
            throw new IllegalArgumentException("at most " + PRIOR_MONTHS + " prior months, got " + priorMonths.size());
        }
    }

    public static ChargeHistory unknown() {
        return new ChargeHistory(null, List.of());
    }

    /** Picks the last full month before D and the three before it out of a subscriber's monthly charges. */
    public static ChargeHistory asOf(LocalDate businessDate, Map<YearMonth, BigDecimal> chargedByMonth) {
        YearMonth last = YearMonth.from(businessDate).minusMonths(1);
        List<BigDecimal> prior = new ArrayList<>();
        for (int back = 1; back <= PRIOR_MONTHS; back++) {
            BigDecimal charged = chargedByMonth.get(last.minusMonths(back));
            if (charged != null) {
                prior.add(charged);
            }
        }
        return new ChargeHistory(chargedByMonth.get(last), prior);
    }

    /**
     * True when last month is at least {@code minDropShare} below the average of the three months
     * before it (inclusive: exactly 40 % below counts). A zero prior average cannot drop.
     */
    public boolean dropped(BigDecimal minDropShare) {
        if (lastFullMonth == null || priorMonths.size() < PRIOR_MONTHS) {
            return false;
        }
        BigDecimal priorSum = priorMonths.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (priorSum.signum() <= 0) {
            return false;
        }
        // last <= avg * (1 - share)  <=>  last * 3 <= sum * (1 - share): exact, no division.
        BigDecimal ceiling = priorSum.multiply(BigDecimal.ONE.subtract(minDropShare), MathContext.UNLIMITED);
        return lastFullMonth.multiply(BigDecimal.valueOf(PRIOR_MONTHS)).compareTo(ceiling) <= 0;
    }
}
