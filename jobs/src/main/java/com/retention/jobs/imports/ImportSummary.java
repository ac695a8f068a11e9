package com.retention.jobs.imports;

import com.retention.jobs.ingest.job.RejectReportTasklet;
import com.retention.jobs.ingest.job.RowCounts;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What an import did, in the words the command prints: {@code read N, loaded N, rejected N}, and
 * {@code not worked yet N} for the outcome rows nobody has filled in (only outcomes set rows aside).
 */
public record ImportSummary(String kind, Path file, long executionId, long read, long rejected, long notWorked,
        String report, boolean alreadyImported) {


    static ImportSummary of(String kind, Path file, JobExecution execution, boolean alreadyImported) {
        ExecutionContext context = execution.getExecutionContext();
        return new ImportSummary(kind, file, execution.getId(), context.getLong(RejectReportTasklet.READ, 0L),
                context.getLong(RejectReportTasklet.REJECTED, 0L), context.getLong(RowCounts.FILTERED, 0L),
                context.getString(RejectReportTasklet.REPORT, ""),
                alreadyImported);
    }

    public long loaded() {
        return read - rejected - notWorked;
    }

    public String line() {
        String counts = "read " + read + ", loaded " + loaded() + ", rejected " + rejected
                + (notWorked > 0 ? ", not worked yet " + notWorked : "");
        String where = rejected > 0 ? "; reject report: " + report : "";
        if (alreadyImported) {
            return "import " + kind + " " + file.getFileName() + ": this file was already imported (execution "
                    + executionId + "): " + counts + where + ". Use --rerun to import it again.";
        }
        return "import " + kind + " " + file.getFileName() + ": " + counts + where;
    }
}
