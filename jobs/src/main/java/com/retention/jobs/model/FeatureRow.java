package com.retention.jobs.model;

import java.util.Map;

/**
 * One subscriber's features as the model sees them: numbers (a missing one is absent from the map)
 * and categories (contract type, payment method, segment, ...). The same shape for an external file
 * ({@code model evaluate}) and for snapshots of the subscriber facts.
 */
public record FeatureRow(Map<String, Double> numbers, Map<String, String> categories) {

    public FeatureRow {
        numbers = Map.copyOf(numbers);
        categories = Map.copyOf(categories);
    }
}
