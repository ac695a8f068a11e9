package com.retention.jobs.console;

import java.util.List;

/**
 * One chart of the Reports page as reports.js draws it with Chart.js: bars per label, and for the
 * uplift a floating bar per label ([low, high]) with its estimate as a point. {@code format}: how the
 * axis and tooltips show values ("count", "money" or "percent"), in the page's language.
 */
public record ReportChart(List<String> labels, List<Series> series, String format) {

    /** {@code kind} "bar" or "point"; a floating bar's values are [low, high] pairs. */
    public record Series(String label, List<?> data, String kind) {

        static Series bars(String label, List<?> data) {
            return new Series(label, data, "bar");
        }

        static Series points(String label, List<?> data) {
            return new Series(label, data, "point");
        }
    }
}
