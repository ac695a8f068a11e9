package com.retention.jobs.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of an external file's columns: a column whose every non-blank cell is a number is a
 * number (a blank cell is missing), any other column a category. A category with a value in nearly
 * every row (more than half the rows distinct, and over 100 values: a name, a phone) says nothing a
 * model can learn from and is left out, and said so.
 */
public final class FileFeatures {

    static final int MAX_DISTINCT = 100;

    private final List<String> numbers = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final Map<String, Integer> ignored = new LinkedHashMap<>();
    private final Map<String, Integer> index = new HashMap<>();

    public FileFeatures(LabelledFile file, Set<String> excluded) {
        for (int c = 0; c < file.columns().size(); c++) {
            String column = file.columns().get(c);
            if (excluded.contains(column)) {
                continue;
            }
            index.put(column, c);
            boolean numeric = true;
            Set<String> distinct = new HashSet<>();
            for (List<String> row : file.rows()) {
                String cell = row.get(c);
                if (!cell.isEmpty()) {
                    numeric &= number(cell) != null;
                    distinct.add(cell);
                }
            }
            if (numeric) {
                numbers.add(column);
            } else if (distinct.size() > MAX_DISTINCT && distinct.size() * 2 > file.rows().size()) {
                ignored.put(column, distinct.size());
            } else {
                categories.add(column);
            }
        }
    }

    public List<FeatureRow> rows(LabelledFile file) {
        List<FeatureRow> rows = new ArrayList<>(file.rows().size());
        for (List<String> row : file.rows()) {
            Map<String, Double> n = new HashMap<>();
            for (String column : numbers) {
                Double value = number(row.get(index.get(column)));
                if (value != null) {
                    n.put(column, value);
                }
            }
            Map<String, String> k = new HashMap<>();
            for (String column : categories) {
                String value = row.get(index.get(column));
                if (!value.isEmpty()) {
                    k.put(column, value);
                }
            }
            rows.add(new FeatureRow(n, k));
        }
        return rows;
    }

    public List<String> numbers() {
        return List.copyOf(numbers);
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }

    /** Columns left out, with their count of distinct values. */
    public Map<String, Integer> ignored() {
        return Map.copyOf(ignored);
    }

    /** A number as a file writes it: a point or a comma before the decimals; null when the cell is not one. */
    static Double number(String cell) {
        String s = cell.strip().replace(',', '.');
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
