package com.retention.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.scoring.ChurnBand;
import org.junit.jupiter.api.Test;

class ProbabilityBandsTest {

    @Test
    void scoreIsTheRoundedPercentAndBandsStartAtTheirThresholds() {
        ProbabilityBands bands = new ProbabilityBands(0.5, 0.2);
        assertThat(bands.score(0.004)).isZero();
        assertThat(bands.score(0.125)).isEqualTo(13);
        assertThat(bands.score(1.0)).isEqualTo(100);
        assertThat(bands.bandOf(0.5)).isEqualTo(ChurnBand.HIGH);
        assertThat(bands.bandOf(0.4999)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(bands.bandOf(0.2)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(bands.bandOf(0.19)).isEqualTo(ChurnBand.LOW);
        assertThatThrownBy(() -> new ProbabilityBands(0.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
