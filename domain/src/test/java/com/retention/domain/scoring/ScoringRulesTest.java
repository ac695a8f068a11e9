package com.retention.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    @Test
    void defaultsAreThoseOfTheProductContract() {
        ScoringRules rules = ScoringRules.defaults();

        assertThat(rules.weight(ReasonCode.LEGACY_TARIFF)).isEqualTo(15);
        assertThat(rules.weight(ReasonCode.OVERPAYING)).isEqualTo(20);
        assertThat(rules.weight(ReasonCode.USAGE_DROP)).isEqualTo(20);
        assertThat(rules.weight(ReasonCode.COMPLAINTS)).isEqualTo(15);
        assertThat(rules.weight(ReasonCode.OUTAGE_HIT)).isEqualTo(10);
        assertThat(rules.weight(ReasonCode.LATE_PAYER)).isEqualTo(10);
        assertThat(rules.weight(ReasonCode.SHORT_TENURE)).isEqualTo(10);
        assertThat(rules.overpayingMinSavingShare()).isEqualByComparingTo("0.15");
        assertThat(rules.usageDropMinShare()).isEqualByComparingTo("0.40");
        assertThat(rules.complaintsMinTickets()).isEqualTo(2);
        assertThat(rules.lookbackDays()).isEqualTo(90);
        assertThat(rules.outageMinDuration()).isEqualTo(Duration.ofHours(4));
        assertThat(rules.latePaymentMinDays()).isEqualTo(15);
        assertThat(rules.shortTenureMonths()).isEqualTo(6);
        assertThat(rules.highFrom()).isEqualTo(60);
        assertThat(rules.mediumFrom()).isEqualTo(35);
        assertThat(rules.cap()).isEqualTo(100);
    }

    @Test
    void bandEdges() {
        ScoringRules rules = ScoringRules.defaults();

        assertThat(rules.bandOf(60)).isEqualTo(ChurnBand.HIGH);
        assertThat(rules.bandOf(59)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(rules.bandOf(35)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(rules.bandOf(34)).isEqualTo(ChurnBand.LOW);
        assertThat(rules.bandOf(0)).isEqualTo(ChurnBand.LOW);
    }

    @Test
    void rejectsNonsenseConfig() {
        ScoringRules d = ScoringRules.defaults();

        assertThatThrownBy(() -> new ScoringRules(-1, 20, 20, 15, 10, 10, 10, 60, d.overpayingMinSavingShare(),
                d.usageDropMinShare(), 2, 90, d.outageMinDuration(), 15, 6, 60, 35, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> new ScoringRules(15, 20, 20, 15, 10, 10, 10, 60, d.overpayingMinSavingShare(),
                d.usageDropMinShare(), 2, 90, d.outageMinDuration(), 15, 6, 30, 35, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bands");
        assertThatThrownBy(() -> new ScoringRules(15, 20, 20, 15, 10, 10, 10, 60, d.overpayingMinSavingShare(),
                new BigDecimal("1.5"), 2, 90, d.outageMinDuration(), 15, 6, 60, 35, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usageDropMinShare");
    }
}
