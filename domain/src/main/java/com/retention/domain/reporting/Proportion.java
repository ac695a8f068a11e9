package com.retention.domain.reporting;

/**
 * A count of successes among trials (e.g. churned among contacted subscribers) with its rate and
 * the Wilson score interval, which stays inside [0, 1] and behaves for small groups and for rates
 * near 0 or 1, where the plain normal interval does not.
 */
public record Proportion(long successes, long trials) {

    /** The two-sided 95 % normal quantile. */
    public static final double Z95 = 1.959963984540054;

    public Proportion {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials + " is not a proportion");
        }
    }

    public boolean isEmpty() {
        return trials == 0;
    }

    public double rate() {
        requireTrials();
        return (double) successes / trials;
    }

    /** Wilson score interval at 95 %. */
    public Interval wilson95() {
        return wilson(Z95);
    }

    public Interval wilson(double z) {
        requireTrials();
        double n = trials;
        double p = rate();
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    private void requireTrials() {
        if (trials == 0) {
            throw new IllegalStateException("no trials: the rate is undefined");
        }
    }
}
