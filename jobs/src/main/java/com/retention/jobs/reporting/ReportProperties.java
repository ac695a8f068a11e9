package com.retention.jobs.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The report's windows: {@code window-days} list dates up to D for the funnel, dunning, outage,
 * agent and offer sheets; {@code uplift-lookback-days} list dates up to D for the uplift cohorts
 * (longer, so the 90-day window has subjects), the churn windows and the recovery window.
 */
@ConfigurationProperties(prefix = "retention.report")
public record ReportProperties(Integer windowDays, Integer upliftLookbackDays, List<Integer> churnWindows,
        Integer recoveryDays) {

    public ReportProperties {
        windowDays = positive(windowDays, 30, "window-days");
        upliftLookbackDays = positive(upliftLookbackDays, 180, "uplift-lookback-days");
        recoveryDays = positive(recoveryDays, 14, "recovery-days");
        churnWindows = churnWindows == null || churnWindows.isEmpty() ? List.of(30, 60, 90) : List.copyOf(churnWindows);
        churnWindows.forEach(days -> positive(days, 0, "churn-windows"));
    }

    private static int positive(Integer value, int fallback, String name) {
        int days = value == null ? fallback : value;
        if (days <= 0) {
            throw new IllegalArgumentException("retention.report." + name + " must be a positive number of days");
        }
        return days;
    }
}
