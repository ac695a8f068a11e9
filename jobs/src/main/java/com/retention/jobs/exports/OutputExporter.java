package com.retention.jobs.exports;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Re-writes one output of a business date from what the database holds, for
 * {@code retention export WHAT --date D --out DIR}. One bean per output.
 */
public interface OutputExporter {

    /** The WHAT of the command line, e.g. {@code report}. */
    String what();

    /** Writes the output of {@code date} under {@code outDir}, replacing a previous copy whole. */
    void export(LocalDate date, Path outDir);
}
