package com.retention.jobs.imports.kinds;

import com.retention.jobs.ingest.ImportColumn;
import com.retention.jobs.ingest.parse.RowValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;

/**
 * The subscribers file's extra columns (contract type, payment method, device, ...): kept per
 * subscriber as attributes in {@code subscriber.attributes}, a JSON object of text values, usable
 * as model features (README, "Input files"). At most {@link #MAX_NAMES} extra columns per file (more
 * refuses the file: which to keep would be a guess), values up to {@link #MAX_LENGTH} characters (a
 * longer one rejects its row). A blank cell is no attribute; a file without extra columns leaves
 * the stored attributes as they are, a file with them replaces the row's.
 */
final class SubscriberAttributes implements ImportColumn.Cell {

    static final int MAX_NAMES = 50;
    static final int MAX_LENGTH = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> declared;
    /** The extra columns of the last header seen: every row of a file has the same, so they are worked out once. */
    private volatile Extra last = new Extra(List.of(), List.of());

    private record Extra(List<String> header, List<String> extra) {
    }

    SubscriberAttributes(Set<String> declared) {
        this.declared = Set.copyOf(declared);
    }

    List<String> extraColumns(List<String> header) {
        Extra known = last;
        if (!known.header().equals(header)) {
            known = new Extra(List.copyOf(header), header.stream().filter(c -> !declared.contains(c)).toList());
            last = known;
        }
        return known.extra();
    }

    Optional<String> headerProblem(List<String> header) {
        List<String> extra = extraColumns(header);
        if (extra.size() <= MAX_NAMES) {
            return Optional.empty();
        }
        return Optional.of(extra.size() + " extra columns, and at most " + MAX_NAMES
                + " are kept as subscriber attributes (the first beyond: " + extra.get(MAX_NAMES) + ")");
    }

    @Override
    public String read(RowValues row, String column, boolean required) {
        List<String> extra = extraColumns(row.columns());
        if (extra.isEmpty()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : extra) {
            String value = row.text(name, false);
            if (value == null) {
                continue;
            }
            if (value.length() > MAX_LENGTH) {
                row.reject(name, value, "attribute value longer than " + MAX_LENGTH + " characters ("
                        + value.length() + ")");
            } else {
                values.put(name, value);
            }
        }
        return JSON.writeValueAsString(values);
    }
}
