package com.retention.domain.offers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** "The last three full months": the calendar months just before D's month. */
public final class UsageWindow {

    private UsageWindow() {
    }

    public static YearMonth firstMonth(LocalDate businessDate, int months) {
        return YearMonth.from(businessDate).minusMonths(months);
    }

    public static YearMonth lastMonth(LocalDate businessDate) {
        return YearMonth.from(businessDate).minusMonths(1);
    }

    /**
     * Keeps the usage rows inside the window. Imports upsert by (subscriber, month), so a month twice
     * means the caller mixed subscribers: refuse rather than average the wrong person's usage.
     */
    public static List<MonthlyUsage> select(List<MonthlyUsage> usage, LocalDate businessDate, int months) {
        YearMonth first = firstMonth(businessDate, months);
        YearMonth last = lastMonth(businessDate);
        List<MonthlyUsage> inWindow = usage.stream()
                .filter(u -> !u.month().isBefore(first) && !u.month().isAfter(last))
                .toList();
        Set<YearMonth> seen = new HashSet<>();
        for (MonthlyUsage u : inWindow) {
            if (!seen.add(u.month())) {
                throw new IllegalArgumentException("usage for " + u.month() + " given twice");
            }
        }
        return inWindow;
    }
}
