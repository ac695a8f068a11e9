package com.retention.domain.reporting;

/** A confidence interval [low, high] of a rate or of a difference of rates. */
public record Interval(double low, double high) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
        }
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
