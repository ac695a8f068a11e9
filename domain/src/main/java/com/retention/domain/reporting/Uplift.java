package com.retention.domain.reporting;

/**
 * Retention uplift: how much lower churn is among contacted subscribers than in the control group,
 * {@code control rate - contacted rate} (positive = contact kept subscribers), with Newcombe's
 * hybrid score interval (his method 10): built from the two Wilson intervals, it keeps the normal
 * approximation's simplicity without its bad coverage on small groups and rare events.
 */
public record Uplift(Proportion control, Proportion contacted, double difference, Interval interval) {

    public static Uplift of(Proportion control, Proportion contacted) {
        return of(control, contacted, Proportion.Z95);
    }

    public static Uplift of(Proportion control, Proportion contacted, double z) {
        if (control.isEmpty() || contacted.isEmpty()) {
            throw new IllegalArgumentException("both groups need subjects for an uplift");
        }
        double p1 = control.rate();
        double p2 = contacted.rate();
        Interval w1 = control.wilson(z);
        Interval w2 = contacted.wilson(z);
        double difference = p1 - p2;
        double low = difference - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = difference + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new Uplift(control, contacted, difference, new Interval(low, high));
    }

    /** The interval excludes zero: the difference is unlikely to be chance alone. */
    public boolean isSignificant() {
        return !interval.contains(0);
    }

    private static double square(double x) {
        return x * x;
    }
}
