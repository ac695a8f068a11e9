package com.retention.domain.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaveDeskRulesTest {

    static final LocalDate R = LocalDate.of(2026, 10, 1);
    private final SaveDeskRules rules = SaveDeskRules.defaults();

    @Test
    void savedMeansStillActiveThirtyDaysAfterTheRequest() {
        assertThat(rules.saved(R, null)).isTrue();
        assertThat(rules.saved(R, R.plusDays(30))).isTrue();
        assertThat(rules.saved(R, R.plusDays(29))).isFalse();
        assertThat(rules.saved(R, R)).isFalse();
    }

    @Test
    void aRequestIsJudgedOnceDayThirtyIsBeforeD() {
        assertThat(rules.observable(R, R.plusDays(30))).isFalse();
        assertThat(rules.observable(R, R.plusDays(31))).isTrue();
        assertThatThrownBy(() -> new SaveDeskRules(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
