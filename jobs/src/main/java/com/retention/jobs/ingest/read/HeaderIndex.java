package com.retention.jobs.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column positions by name, matched case-insensitively after trimming, as the README says. A VICIdial
 * call export (a header with vendor_lead_code and no task_id) is read under the outcome columns' names:
 * its own names stand in for them (README "Delivery").
 */
public final class HeaderIndex {

    /** The outcome columns under the names of VICIdial's call export. */
    private static final Map<String, String> VICIDIAL = Map.of("task_id", "vendor_lead_code", "outcome", "status",
            "contacted_at", "call_date", "talk_seconds", "length_in_sec", "agent", "user");

    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private HeaderIndex() {
    }

    /** Builds the index of a header row; a column named twice makes the file ambiguous. */
    public static HeaderIndex of(Object[] cells, String fileName) {
        HeaderIndex header = new HeaderIndex();
        for (int i = 0; i < cells.length; i++) {
            String name = normalise(cells[i]);
            if (name.isEmpty()) {
                continue;
            }
            if (header.positions.putIfAbsent(name, i) != null) {
                throw new UnreadableFileException("cannot import " + fileName + ": column '" + shortened(name)
                        + "' appears twice in the header row");
            }
            header.names.add(name);
        }
        if (header.positions.containsKey("vendor_lead_code") && !header.positions.containsKey("task_id")) {
            VICIDIAL.forEach((ours, theirs) -> {
                Integer position = header.positions.get(theirs);
                if (position != null) {
                    header.positions.putIfAbsent(ours, position);
                }
            });
        }
        return header;
    }

    public int indexOf(String column) {
        return positions.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    static String normalise(Object cell) {
        if (cell == null) {
            return "";
        }
        // A BOM that survived, or a non-breaking space around a header, is not part of its name.
        return cell.toString().replace("\uFEFF", "").replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }

    /** A header cell as part of a one-line message: no line breaks, not too long. */
    public static String shortened(String name) {
        String flat = name.replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "..." : flat;
    }
}
