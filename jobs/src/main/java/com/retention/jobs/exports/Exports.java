package com.retention.jobs.exports;

import com.retention.jobs.errors.NotFoundException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Every output that can be written again from the database, by the name users give it. */
@Service
public class Exports {

    private final Map<String, OutputExporter> byName = new TreeMap<>();

    public Exports(List<OutputExporter> exporters) {
        exporters.forEach(e -> byName.put(e.what(), e));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** Writes output {@code what} of {@code date} under {@code outDir}, as {@code retention export} does. */
    public void export(String what, LocalDate date, Path outDir) {
        OutputExporter exporter = byName.get(what);
        if (exporter == null) {
            throw new NotFoundException("cannot export '" + what + "'; outputs: " + String.join(", ", byName.keySet()));
        }
        exporter.export(date, outDir);
    }
}
