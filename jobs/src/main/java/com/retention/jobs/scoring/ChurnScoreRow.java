package com.retention.jobs.scoring;

import java.time.LocalDate;

/** One row of churn_score. */
public record ChurnScoreRow(LocalDate businessDate, String subscriberId, int score, String band, String reasons) {
}
