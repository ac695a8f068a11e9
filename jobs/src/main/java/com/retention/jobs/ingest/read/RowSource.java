package com.retention.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/** A stream of the data rows of one input file, after its header row. Never holds the whole file. */
public interface RowSource extends AutoCloseable {

    HeaderIndex header();

    /** The next non-blank data row, or null at the end. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;

    /** Opens a file already identified by {@link FileFormatDetector}. */
    static RowSource open(Path file, FileFormat format) {
        return format == FileFormat.CSV ? CsvRowSource.open(file) : XlsxRowSource.open(file);
    }
}
