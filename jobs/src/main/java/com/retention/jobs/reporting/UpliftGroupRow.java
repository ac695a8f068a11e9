package com.retention.jobs.reporting;

import com.retention.domain.reporting.Proportion;

/**
 * A campaign's control or contacted group for one churn window: all its subjects, those whose
 * window has elapsed by D, and the churned among those.
 */
public record UpliftGroupRow(String campaign, String group, long subjects, long observable, long churned) {

    public static final String CONTROL = "CONTROL";
    public static final String CONTACTED = "CONTACTED";

    public Proportion churn() {
        return new Proportion(churned, observable);
    }
}
