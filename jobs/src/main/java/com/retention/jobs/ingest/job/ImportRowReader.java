package com.retention.jobs.ingest.job;

import com.retention.jobs.ingest.read.FileFormat;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.ingest.read.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of the import file, one at a time. Restartable: the count of rows read is
 * saved with each chunk, and a restart skips that many rows before it reads on.
 */
public class ImportRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    public static final String NAME = "rows";
    /** Data rows read so far; the base class's own count also counts the read that found the end. */
    public static final String ROWS_KEY = NAME + ".rows";

    private final Path file;
    private final long size;
    private final String modified;
    private final FileFormat format;
    private RowSource source;
    private long rows;

    public ImportRowReader(Path file, long size, String modified, String format) {
        this.file = file;
        this.size = size;
        this.modified = modified;
        this.format = FileFormat.valueOf(format);
        setName(NAME);
    }

    @Override
    protected void doOpen() throws IOException {
        // A restart must read the rows it stopped in, not those of a file replaced since.
        if (!Files.isReadable(file) || Files.size(file) != size
                || !Files.getLastModifiedTime(file).toInstant().toString().equals(modified)) {
            throw new UnreadableFileException(file.getFileName() + " is gone or has changed since this import started;"
                    + " import the new file instead");
        }
        source = RowSource.open(file, format);
    }

    @Override
    protected SourceRow doRead() throws Exception {
        SourceRow row = source.next();
        if (row != null) {
            rows++;
        }
        return row;
    }

    @Override
    public void open(ExecutionContext context) {
        super.open(context);
        rows = context.getLong(ROWS_KEY, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(ROWS_KEY, rows);
    }

    @Override
    protected void doClose() throws Exception {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
