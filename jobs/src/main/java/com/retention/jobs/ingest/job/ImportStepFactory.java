package com.retention.jobs.ingest.job;

import com.retention.jobs.ingest.parse.ParsedRow;
import com.retention.jobs.ingest.read.SourceRow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The two steps of every import job, around the shared step-scoped reader, processor and writer. */
@Component
public class ImportStepFactory {

    /** Rows per transaction: one upsert statement and one reject statement each. */
    static final int CHUNK_SIZE = 2000;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ImportRowReader reader;
    private final ImportRowProcessor processor;
    private final ImportRowWriter writer;
    private final RejectReportTasklet report;

    public ImportStepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportRowReader reader, ImportRowProcessor processor, ImportRowWriter writer, RejectReportTasklet report) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.reader = reader;
        this.processor = processor;
        this.writer = writer;
        this.report = report;
    }

    public Step rows(String name) {
        return new StepBuilder(name, jobRepository).<SourceRow, ParsedRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new RowCounts())
                .build();
    }

    public Step report(String name) {
        return new StepBuilder(name, jobRepository).tasklet(report, transactionManager).build();
    }
}
