package com.retention.domain.scoring;

/** Churn-risk band; thresholds live in {@link ScoringRules}. */
public enum ChurnBand {
    HIGH,
    MEDIUM,
    LOW
}
