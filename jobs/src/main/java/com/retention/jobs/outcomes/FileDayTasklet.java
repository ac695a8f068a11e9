package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.FileDay;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.ingest.parse.CellText;
import com.retention.jobs.ingest.read.FileFormat;
import com.retention.jobs.ingest.read.RowSource;
import com.retention.jobs.ingest.read.SourceRow;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of {@code import-outcomes}: the list date of the file ({@link FileDay}: the date most
 * task ids carry), from its first {@value #SAMPLE} rows (a list is one day's; reading a long file
 * twice would cost as much again), kept in the job's context so a restart uses the same day. A
 * file whose ids carry no date has no day; its rows are rejected as unknown tasks.
 */
public class FileDayTasklet implements Tasklet {

    public static final String FILE_DAY = "outcomes.fileDay";
    static final int SAMPLE = 1000;

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path file = Path.of(job.getJobParameters().getString(ImportJobParameters.FILE));
        FileFormat format = FileFormat.valueOf(job.getJobParameters().getString(ImportJobParameters.FORMAT));
        FileDay day = new FileDay();
        try (RowSource source = RowSource.open(file, format)) {
            int read = 0;
            for (SourceRow row = source.next(); row != null && read < SAMPLE; row = source.next(), read++) {
                day.add(CellText.of(row.cell(OutcomeRowParser.TASK_ID)));
            }
        }
        job.getExecutionContext().putString(FILE_DAY, day.day().map(Object::toString).orElse(""));
        return RepeatStatus.FINISHED;
    }
}
