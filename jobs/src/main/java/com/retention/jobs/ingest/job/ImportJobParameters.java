package com.retention.jobs.ingest.job;

import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.read.ImportFile;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The file is the identity of an import: its path, size and modification time are identifying, so
 * importing the same file again finds the same job instance (and restarts it when it failed).
 */
public final class ImportJobParameters {

    public static final String FILE = "file";
    public static final String SIZE = "file.size";
    public static final String MODIFIED = "file.modified";
    public static final String FORMAT = "format";
    public static final String KIND = "kind";
    public static final String RERUN = "rerun";
    /** The login (or {@code cli:} and the OS user) that started the import; not identifying. */
    public static final String BY = "imported.by";
    /** The reader's saved row count, promoted to the job when the rows step completes. */
    public static final String READ_COUNT_KEY = ImportRowReader.ROWS_KEY;

    private ImportJobParameters() {
    }

    public static JobParameters of(ImportDefinition definition, ImportFile file, Long rerun) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(FILE, file.path().toString(), true)
                .addLong(SIZE, file.size(), true)
                .addString(MODIFIED, file.modified().toString(), true)
                .addString(FORMAT, file.format().name(), false)
                .addString(KIND, definition.kind(), false);
        if (rerun != null) {
            builder.addLong(RERUN, rerun, true);
        }
        return builder.toJobParameters();
    }
}
