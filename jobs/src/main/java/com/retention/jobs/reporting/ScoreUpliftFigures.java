package com.retention.jobs.reporting;

import com.retention.domain.reporting.ScoreUplift;
import java.util.List;

/**
 * Uplift by churn score (README, "The report"): the uplift sheet's subjects whose first churn window
 * ({@code churnDays}) is over, in tenths by score, with the Qini curve's area (null without subjects).
 */
public record ScoreUpliftFigures(int churnDays, List<ScoreUplift.Decile> deciles, Double qiniArea) {
}
