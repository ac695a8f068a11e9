package com.retention.jobs.exports;

import java.nio.file.Path;
import java.time.LocalDate;

/** Re-writes one output of a business date from the database: {@code retention export WHAT}. */
public interface OutputExporter {

    /** The name users type: call-lists, notifications, handover, orders, offers, scores, report. */
    String what();

    /** Writes the output of {@code date} under {@code outDir} (e.g. {@code outDir/exports/D/offers.csv}). */
    void export(LocalDate date, Path outDir);
}
