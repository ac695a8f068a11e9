package com.retention.jobs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link FeatureRow} becomes the model's named features: a number standardised by the training
 * rows' mean and deviation (a constant one counts as deviation 1), and a {@code name@missing}
 * indicator when absent, so a missing value is not read as the mean; a category as one indicator
 * {@code name=value} (one-hot; absent indicators are zeros, which a linear model reads as "not this value").
 */
final class FeatureNames {

    static final String MISSING = "@missing";

    /** The mean and deviation of each number over the training rows. */
    private final Map<String, double[]> scales;
    /** One String per indicator, not one per row: a training set holds each name many times. */
    private final Map<String, String> indicators = new java.util.concurrent.ConcurrentHashMap<>();

    private FeatureNames(Map<String, double[]> scales) {
        this.scales = scales;
    }

    /** The scales as stored with a model: name to {mean, deviation}. */
    Map<String, double[]> scales() {
        return scales;
    }

    static FeatureNames of(Map<String, double[]> scales) {
        return new FeatureNames(new LinkedHashMap<>(new java.util.TreeMap<>(scales)));
    }

    static FeatureNames fit(List<FeatureRow> rows) {
        Map<String, double[]> sums = new java.util.TreeMap<>(); // {n, sum, sum of squares}
        for (FeatureRow row : rows) {
            row.numbers().forEach((name, value) -> {
                if (!value.isNaN()) {
                    double[] s = sums.computeIfAbsent(name, n -> new double[3]);
                    s[0]++;
                    s[1] += value;
                    s[2] += value * value;
                }
            });
        }
        Map<String, double[]> scales = new LinkedHashMap<>();
        sums.forEach((name, s) -> {
            double mean = s[1] / s[0];
            double sd = Math.sqrt(Math.max(0, s[2] / s[0] - mean * mean));
            scales.put(name, new double[] {mean, sd > 1e-12 ? sd : 1});
        });
        return new FeatureNames(scales);
    }

    Encoded encode(FeatureRow row) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        scales.forEach((name, scale) -> {
            Double value = row.numbers().get(name);
            if (value == null || value.isNaN()) {
                names.add(name + MISSING);
                values.add(1.0);
            } else {
                names.add(name);
                values.add((value - scale[0]) / scale[1]);
            }
        });
        for (Map.Entry<String, String> category : row.categories().entrySet()) {
            names.add(indicators.computeIfAbsent(category.getKey() + "=" + category.getValue(), k -> k));
            values.add(1.0);
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        return new Encoded(names.toArray(String[]::new), v);
    }

    record Encoded(String[] names, double[] values) {
    }
}
