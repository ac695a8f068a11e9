package com.retention.jobs.scoring;

import java.time.LocalDate;

/** One row of churn_score; {@code model} names the scorer: {@code rule} or {@code model-<id>}. */
public record ChurnScoreRow(LocalDate businessDate, String subscriberId, int score, String band, String reasons,
        String model) {

    public static final String RULE = "rule";
}
