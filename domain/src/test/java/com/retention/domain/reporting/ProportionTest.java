package com.retention.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void wilsonIntervalOfTenInAHundredAsComputedByHand() {
        // centre = (0.1 + 1.96²/200) / (1 + 1.96²/100) = 0.119208 / 1.038415 = 0.114798
        // half   = 1.96 / 1.038415 * sqrt(0.1*0.9/100 + 1.96²/40000) = 1.887490 * 0.031560 = 0.059569
        Interval interval = new Proportion(10, 100).wilson95();

        assertThat(interval.low()).isCloseTo(0.05523, within(1e-5));
        assertThat(interval.high()).isCloseTo(0.17437, within(1e-5));
    }

    @Test
    void wilsonIntervalOfTwentyInAHundred() {
        Interval interval = new Proportion(20, 100).wilson95();

        assertThat(interval.low()).isCloseTo(0.13337, within(1e-5));
        assertThat(interval.high()).isCloseTo(0.28883, within(1e-5));
    }

    @Test
    void noSuccessesStillGivesAnUpperBoundAboveZero() {
        // Newcombe (1998), table I: 0/10 -> 0.0000 to 0.2775.
        Interval interval = new Proportion(0, 10).wilson95();

        assertThat(interval.low()).isZero();
        assertThat(interval.high()).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void anEmptyGroupHasNoRate() {
        Proportion empty = new Proportion(0, 0);

        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(empty::rate).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
