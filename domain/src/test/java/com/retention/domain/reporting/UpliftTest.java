package com.retention.domain.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UpliftTest {

    @Test
    void controlTwentyInAHundredAgainstContactedTenInAHundredAsComputedByHand() {
        // d = 0.20 - 0.10 = 0.10, Wilson: control [0.13337, 0.28883], contacted [0.05523, 0.17437]
        // low  = 0.10 - sqrt((0.20 - 0.13337)² + (0.17437 - 0.10)²) = 0.10 - sqrt(0.0044396 + 0.0055309) = 0.00015
        // high = 0.10 + sqrt((0.28883 - 0.20)² + (0.10 - 0.05523)²) = 0.10 + sqrt(0.0078908 + 0.0020044) = 0.19947
        Uplift uplift = Uplift.of(new Proportion(20, 100), new Proportion(10, 100));

        assertThat(uplift.difference()).isCloseTo(0.10, within(1e-12));
        assertThat(uplift.interval().low()).isCloseTo(0.00015, within(1e-5));
        assertThat(uplift.interval().high()).isCloseTo(0.19947, within(1e-5));
        assertThat(uplift.isSignificant()).isTrue();
    }

    @Test
    void newcombesPublishedExample() {
        // Newcombe (1998), Statistics in Medicine 17:873, method 10: 56/70 - 48/80 = 0.2000, 0.0524 to 0.3339.
        Uplift uplift = Uplift.of(new Proportion(56, 70), new Proportion(48, 80));

        assertThat(uplift.difference()).isCloseTo(0.2000, within(1e-4));
        assertThat(uplift.interval().low()).isCloseTo(0.0524, within(1e-4));
        assertThat(uplift.interval().high()).isCloseTo(0.3339, within(1e-4));
    }

    @Test
    void contactThatMadeNoDifferenceIsNotSignificant() {
        Uplift uplift = Uplift.of(new Proportion(5, 50), new Proportion(5, 50));

        assertThat(uplift.difference()).isZero();
        assertThat(uplift.interval().low()).isNegative();
        assertThat(uplift.interval().high()).isPositive();
        assertThat(uplift.isSignificant()).isFalse();
    }

    @Test
    void anEmptyGroupHasNoUplift() {
        assertThatThrownBy(() -> Uplift.of(new Proportion(0, 0), new Proportion(1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
