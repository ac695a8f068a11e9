package com.retention.jobs.imports;

import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.ingest.ImportDefinition;
import com.retention.jobs.ingest.job.ImportRowProcessor;
import com.retention.jobs.ingest.job.ImportRowReader;
import com.retention.jobs.ingest.job.ImportRowWriter;
import com.retention.jobs.ingest.job.ImportStepFactory;
import com.retention.jobs.ingest.job.RejectReportTasklet;
import com.retention.jobs.ingest.write.RejectStore;
import com.retention.jobs.launch.OperatorProperties;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One job per import kind ({@code import-subscribers}, ...; {@link ImportJobRegistrar} makes the
 * beans): a chunked step that reads, checks and upserts the rows, then a step that writes the reject
 * report. Reader, processor and writer are
 * step-scoped and shared by the kinds; the job's {@code kind} parameter picks the rules.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

    private final JobRepository jobRepository;
    private final JdbcTemplate jdbc;

    public ImportJobConfiguration(JobRepository jobRepository, JdbcTemplate jdbc) {
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
    }

    /** A static bean method: the registrar runs before the other beans exist. */
    @Bean
    static ImportJobRegistrar importJobRegistrar() {
        return new ImportJobRegistrar();
    }

    /** The job of one kind; {@link ImportJobRegistrar} makes it a bean per kind. */
    Job job(ImportDefinition kind, ImportStepFactory steps) {
        return new JobBuilder(kind.jobName(), jobRepository)
                .start(steps.rows(kind.jobName() + "-rows"))
                .next(steps.report(kind.jobName() + "-report"))
                .listener(new AnalyzeAfterJob(jdbc, kind.table().table()))
                .build();
    }

    @Bean
    @StepScope
    ImportRowReader importRowReader(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobParameters['file.size']}") Long size, @Value("#{jobParameters['file.modified']}") String modified,
            @Value("#{jobParameters['format']}") String format) {
        return new ImportRowReader(Path.of(file), size, modified, format);
    }

    @Bean
    @StepScope
    ImportRowProcessor importRowProcessor(@Value("#{jobParameters['kind']}") String kind, ImportKinds kinds,
            OperatorProperties operator) {
        return new ImportRowProcessor(kinds.get(kind), operator.timezone());
    }

    @Bean
    @StepScope
    ImportRowWriter importRowWriter(@Value("#{jobParameters['kind']}") String kind,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId, ImportKinds kinds,
            RejectStore rejects) {
        return new ImportRowWriter(kinds.upserter(kinds.get(kind)), rejects, jobInstanceId);
    }

    @Bean
    RejectReportTasklet rejectReportTasklet(RejectStore rejects, @Value("${retention.output:./out}") Path output) {
        return new RejectReportTasklet(rejects, output);
    }
}
