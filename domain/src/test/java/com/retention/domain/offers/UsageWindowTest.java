package com.retention.domain.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageWindowTest {

    private static MonthlyUsage month(int year, int month) {
        return new MonthlyUsage(YearMonth.of(year, month), null, null, null);
    }

    @Test
    void keepsTheThreeCalendarMonthsBeforeDsMonth() {
        List<MonthlyUsage> usage = List.of(month(2026, 9), month(2026, 10), month(2026, 11), month(2026, 12),
                month(2027, 1), month(2027, 2));

        List<MonthlyUsage> window = UsageWindow.select(usage, LocalDate.of(2027, 2, 1), 3);

        assertThat(window).extracting(MonthlyUsage::month)
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    }

    @Test
    void sameMonthTwiceIsRefused() {
        List<MonthlyUsage> usage = List.of(month(2026, 10), month(2026, 10));

        assertThatThrownBy(() -> UsageWindow.select(usage, LocalDate.of(2026, 11, 5), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10");
    }

    @Test
    void missingQuantitiesAreZero() {
        MonthlyUsage usage = month(2026, 1);

        assertThat(usage.minutes()).isZero();
        assertThat(usage.sms()).isZero();
        assertThat(usage.dataGb()).isZero();
    }
}
