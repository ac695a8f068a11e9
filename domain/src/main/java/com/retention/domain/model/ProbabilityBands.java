package com.retention.domain.model;

import com.retention.domain.scoring.ChurnBand;

/**
 * The churn score of a learned model: {@code round(100 x probability)}, banded by probability
 * thresholds (README, "Learned churn model"), so a calibrated model's HIGH means "this likely to leave".
 */
public record ProbabilityBands(double highFrom, double mediumFrom) {

    public ProbabilityBands {
        if (!(mediumFrom > 0 && mediumFrom <= highFrom && highFrom <= 1)) {
            throw new IllegalArgumentException("probability bands need 0 < medium-from <= high-from <= 1 (got "
                    + mediumFrom + ", " + highFrom + ")");
        }
    }

    public int score(double probability) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, probability)));
    }

    public ChurnBand bandOf(double probability) {
        if (probability >= highFrom) {
            return ChurnBand.HIGH;
        }
        return probability >= mediumFrom ? ChurnBand.MEDIUM : ChurnBand.LOW;
    }
}
