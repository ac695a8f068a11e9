package com.retention.jobs.ingest.job;

import com.retention.jobs.csv.FormulaGuard;
import com.retention.jobs.ingest.write.RejectStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step of an import: writes {@code <file>.rejects.csv} beside the input (row, column, value,
 * reason, key: the row a person sees and its key, e.g. {@code subscriber_id=S000123}, empty when
 * the key cell itself is missing or bad; the key comes last so that readers of the first four
 * columns by position keep working), records the counts the command prints, and clears the rejects.
 * Written to a temporary file and moved into place, so a report is whole or absent.
 */
public class RejectReportTasklet implements Tasklet {

    /** Job execution context keys of the counts and the report's path, for the import's summary. */
    public static final String READ = "import.read";
    public static final String REJECTED = "import.rejected";
    public static final String REPORT = "import.report";

    private final RejectStore rejects;
    private final Path outputFolder;

    public RejectReportTasklet(RejectStore rejects, Path outputFolder) {
        this.rejects = rejects;
        this.outputFolder = outputFolder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instanceId = job.getJobInstance().getInstanceId();
        Path input = Path.of(job.getJobParameters().getString(ImportJobParameters.FILE));
        ExecutionContext context = job.getExecutionContext();
        long read = context.getLong(ImportJobParameters.READ_COUNT_KEY, 0L);
        long rejected = rejects.rejectedRows(instanceId);
        Path report = reportPath(input);
        if (rejected > 0) {
            write(instanceId, report);
        } else {
            // A report left by an earlier import of this file would describe rows that now loaded.
            Files.deleteIfExists(report);
        }
        rejects.delete(instanceId);
        context.putLong(READ, read);
        context.putLong(REJECTED, rejected);
        context.putString(REPORT, rejected > 0 ? report.toString() : "");
        return RepeatStatus.FINISHED;
    }

    /** Beside the input; when its folder is read-only, under the output folder. */
    Path reportPath(Path input) {
        Path beside = input.resolveSibling(input.getFileName() + ".rejects.csv");
        if (Files.isWritable(input.toAbsolutePath().getParent())) {
            return beside;
        }
        return outputFolder.resolve("imports").resolve(beside.getFileName()).toAbsolutePath();
    }

    private void write(long instanceId, Path report) throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        Path partial = Files.createTempFile(report.toAbsolutePath().getParent(), ".rejects", ".partial");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
                out.write('\uFEFF'); // so that Excel opens the report as UTF-8
                csv.printRecord("row", "column", "value", "reason", "key");
                rejects.forEach(instanceId, reject -> {
                    try {
                        csv.printRecord(reject.row(), reject.column(), FormulaGuard.neutralise(reject.value()),
                                FormulaGuard.neutralise(reject.reason()), FormulaGuard.neutralise(reject.key()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
