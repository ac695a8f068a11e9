package com.retention.jobs.exports;

import com.retention.jobs.errors.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    /**
     * Writes output {@code what} of {@code date} into a new temporary folder and returns its one file
     * (every output but the call lists is one file); the caller deletes it once sent.
     */
    public ExportedFile exportAlone(String what, LocalDate date) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("retention-export-");
            export(what, date, folder);
            try (Stream<Path> files = Files.walk(folder)) {
                List<Path> written = files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
                if (written.size() != 1) {
                    throw new IllegalStateException("export " + what + " wrote " + written.size() + " files, expected one");
                }
                ExportedFile file = new ExportedFile(written.get(0), folder);
                folder = null;
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " of " + date + ": " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                new ExportedFile(folder, folder).delete();
            }
        }
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
