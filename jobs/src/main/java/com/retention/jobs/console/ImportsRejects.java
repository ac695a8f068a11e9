package com.retention.jobs.console;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first rows of an import's reject report (row, column, value, reason, key), read from the report
 * the import wrote, so the page shows what the downloaded report says. A report written before reports
 * named the key has no key column: its rejects show an empty key.
 */
public final class ImportsRejects {

    /** How many rejects a page shows; the whole report is a download. */
    static final int FIRST = 20;

    public record Reject(String row, String column, String value, String reason, String key) {
    }

    private ImportsRejects() {
    }

    /** Empty when the import rejected nothing or its report is not on this machine. */
    static List<Reject> first(String report, int limit) {
        List<Reject> first = new ArrayList<>();
        if (report == null || report.isBlank() || !Files.isReadable(Path.of(report))) {
            return first;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(Path.of(report), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') { // the report starts with a BOM for Excel
                in.reset();
            }
            try (CSVParser parser = CSVParser.parse(in, format)) {
                for (CSVRecord r : parser) {
                    if (first.size() >= limit) {
                        break;
                    }
                    first.add(new Reject(r.get("row"), r.get("column"), r.get("value"), r.get("reason"),
                            r.isMapped("key") ? r.get("key") : ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged report: the counts still stand and the download says what it can
        }
        return first;
    }
}
