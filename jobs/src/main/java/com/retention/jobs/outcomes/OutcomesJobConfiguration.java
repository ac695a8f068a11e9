package com.retention.jobs.outcomes;

import com.retention.domain.dunning.DunningRules;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.delivery.dialer.VicidialProperties;
import com.retention.jobs.ingest.job.ImportJobParameters;
import com.retention.jobs.ingest.job.ImportRowReader;
import com.retention.jobs.ingest.job.ImportStepFactory;
import com.retention.jobs.ingest.job.RowCounts;
import com.retention.jobs.ingest.read.SourceRow;
import com.retention.jobs.ingest.write.RejectStore;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.orders.OrderFulfilment;
import com.retention.jobs.orders.TariffChangesFile;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code import-outcomes} ({@code retention import outcomes FILE}): the file's list date from its
 * task ids, then the rows in chunks through the shared import reader (streaming, restartable from
 * the last chunk) and the outcome writer, then the orders and complaints files of that date, then
 * the shared reject report. The shared import command refuses an unreadable file before any of it.
 */
@Configuration(proxyBeanMethods = false)
public class OutcomesJobConfiguration {

    public static final String JOB = "import-outcomes";
    static final int CHUNK_SIZE = 2000;

    @Bean
    Job importOutcomesJob(JobRepository jobs, PlatformTransactionManager transactions, ImportRowReader reader,
            OutcomeRowProcessor outcomeRowProcessor, OutcomeChunkWriter outcomeChunkWriter,
            OutcomeFilesTasklet outcomeFilesTasklet, ImportStepFactory importSteps) {
        Step day = new StepBuilder(JOB + "-day", jobs).tasklet(new FileDayTasklet(), transactions).build();
        Step rows = new StepBuilder(JOB + "-rows", jobs).<SourceRow, OutcomeLine>chunk(CHUNK_SIZE)
                .transactionManager(transactions)
                .reader(reader)
                .processor(outcomeRowProcessor)
                .writer(outcomeChunkWriter)
                .listener(new RowCounts())
                .build();
        Step files = new StepBuilder(JOB + "-files", jobs).tasklet(outcomeFilesTasklet, transactions).build();
        return new JobBuilder(JOB, jobs)
                .start(day)
                .next(rows)
                .next(files)
                .next(importSteps.report(JOB + "-report"))
                .build();
    }

    @Bean
    @StepScope
    OutcomeRowProcessor outcomeRowProcessor(OperatorProperties operator, VicidialProperties vicidial) {
        return new OutcomeRowProcessor(operator.timezone(), vicidial.statuses());
    }

    @Bean
    @StepScope
    OutcomeChunkWriter outcomeChunkWriter(OutcomeMapper mapper, RejectStore rejects, OperatorProperties operator,
            DunningRules dunningRules,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") Long jobInstanceId,
            @Value("#{jobExecutionContext['" + FileDayTasklet.FILE_DAY + "']}") String fileDay,
            @Value("#{jobParameters['" + ImportJobParameters.FILE + "']}") String file) {
        LocalDate day = fileDay == null || fileDay.isEmpty() ? null : LocalDate.parse(fileDay);
        return new OutcomeChunkWriter(mapper, rejects, jobInstanceId, day, operator.timezone(), dunningRules, file);
    }

    @Bean
    OutcomeFilesTasklet outcomeFilesTasklet(OrderFulfilment fulfilment, TariffChangesFile orders,
            ComplaintsFile complaints, OutputProperties output) {
        return new OutcomeFilesTasklet(fulfilment, orders, complaints, output.output());
    }
}
