package com.retention.domain.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OfferRulesTest {

    @Test
    void defaultsAreThoseOfTheProductContract() {
        OfferRules rules = OfferRules.defaults();

        assertThat(rules.minSavingShare()).isEqualByComparingTo("0.10");
        assertThat(rules.minSavingAmount()).isEqualByComparingTo("50");
        assertThat(rules.usageMonths()).isEqualTo(3);
        assertThat(rules.offerValidDays()).isEqualTo(30);
        assertThat(rules.acceptedCooldownDays()).isEqualTo(90);
        assertThat(rules.declinedCooldownDays()).isEqualTo(30);
    }

    @Test
    void rejectsNegativeThresholds() {
        assertThatThrownBy(() -> new OfferRules(new BigDecimal("-0.1"), BigDecimal.TEN, 3, 30, 90, 30))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfferRules(BigDecimal.ONE, BigDecimal.TEN, 0, 30, 90, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
