package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.FileDay;
import com.retention.jobs.imports.ImportJobParameters;
import com.retention.jobs.imports.parse.CellText;
import com.retention.jobs.imports.read.FileFormat;
import com.retention.jobs.imports.read.RowSource;
import com.retention.jobs.imports.read.SourceRow;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step of {@code import-outcomes}: one streaming pass over the task ids to find the list
 * date of the file ({@link FileDay}: the date most task ids carry), kept in the job's context so
 * a restart uses the same day. A file whose ids carry no date has no day; its rows are rejected
 * as unknown tasks.
 */
public class FileDayTasklet implements Tasklet {

    public static final String FILE_DAY = "outcomes.fileDay";

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Path file = Path.of(job.getJobParameters().getString(ImportJobParameters.FILE));
        FileFormat format = FileFormat.valueOf(job.getJobParameters().getString(ImportJobParameters.FORMAT));
        FileDay day = new FileDay();
        try (RowSource source = RowSource.open(file, format)) {
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                day.add(CellText.of(row.cell(OutcomeRowParser.TASK_ID)));
            }
        }
        job.getExecutionContext().putString(FILE_DAY, day.day().map(Object::toString).orElse(""));
        return RepeatStatus.FINISHED;
    }
}
