package com.retention.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChargeHistoryTest {

    private static final BigDecimal FORTY_PERCENT = new BigDecimal("0.40");
    private static final LocalDate D = LocalDate.of(2026, 11, 22);

    private static ChargeHistory history(String last, String... prior) {
        return new ChargeHistory(last == null ? null : new BigDecimal(last),
                java.util.Arrays.stream(prior).map(BigDecimal::new).toList());
    }

    @Test
    void picksTheLastFullMonthAndTheThreeBeforeIt() {
        Map<YearMonth, BigDecimal> charged = new HashMap<>();
        charged.put(YearMonth.of(2026, 11), new BigDecimal("1")); // D's own month: not full, ignored
        charged.put(YearMonth.of(2026, 10), new BigDecimal("10"));
        charged.put(YearMonth.of(2026, 9), new BigDecimal("9"));
        charged.put(YearMonth.of(2026, 8), new BigDecimal("8"));
        charged.put(YearMonth.of(2026, 7), new BigDecimal("7"));
        charged.put(YearMonth.of(2026, 6), new BigDecimal("6")); // too old

        ChargeHistory history = ChargeHistory.asOf(D, charged);

        assertThat(history.lastFullMonth()).isEqualByComparingTo("10");
        assertThat(history.priorMonths()).extracting(BigDecimal::intValue).containsExactly(9, 8, 7);
    }

    @Test
    void missingMonthsAreUnknownNotZero() {
        Map<YearMonth, BigDecimal> charged = Map.of(
                YearMonth.of(2026, 10), new BigDecimal("10"),
                YearMonth.of(2026, 8), new BigDecimal("8"));

        ChargeHistory history = ChargeHistory.asOf(D, charged);

        assertThat(history.priorMonths()).hasSize(1);
        assertThat(history.dropped(FORTY_PERCENT)).isFalse();
    }

    @Test
    void exactlyFortyPercentBelowTheAverageIsADrop() {
        assertThat(history("60", "100", "90", "110").dropped(FORTY_PERCENT)).isTrue();
        assertThat(history("60.01", "100", "90", "110").dropped(FORTY_PERCENT)).isFalse();
    }

    @Test
    void averageIsExactEvenWhenItDoesNotDivideEvenly() {
        // average 33.333..., 60 % of it = 20 exactly
        assertThat(history("20", "33", "33", "34").dropped(FORTY_PERCENT)).isTrue();
        assertThat(history("20.01", "33", "33", "34").dropped(FORTY_PERCENT)).isFalse();
    }

    @Test
    void noSignalWithFewerThanThreeEarlierMonthsOrNoLastMonth() {
        assertThat(history("0", "100", "100").dropped(FORTY_PERCENT)).isFalse();
        assertThat(history(null, "100", "100", "100").dropped(FORTY_PERCENT)).isFalse();
        assertThat(ChargeHistory.unknown().dropped(FORTY_PERCENT)).isFalse();
    }

    @Test
    void nothingDropsFromAZeroAverage() {
        assertThat(history("0", "0", "0", "0").dropped(FORTY_PERCENT)).isFalse();
    }

    @Test
    void moreThanThreePriorMonthsIsAProgrammingError() {
        assertThatThrownBy(() -> new ChargeHistory(BigDecimal.ONE,
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
