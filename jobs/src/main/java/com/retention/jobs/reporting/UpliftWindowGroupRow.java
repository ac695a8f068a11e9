package com.retention.jobs.reporting;

/** A campaign's control or contacted group for the churn window of {@code days} (null: "to date"). */
record UpliftWindowGroupRow(Integer days, String campaign, String group, long subjects, long observable, long churned) {

    UpliftGroupRow row() {
        return new UpliftGroupRow(campaign, group, subjects, observable, churned);
    }
}
