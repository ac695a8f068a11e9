package com.retention.jobs.dunning;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.dunning.DunningStepPolicy;
import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.partitioning.KeySpace;
import com.retention.jobs.partitioning.PartitionedSteps;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code dunning}: clear D's dunning_case, then one case per account with overdue money, in
 * {@code retention.batch.partitions} account_id ranges side by side.
 */
@Configuration(proxyBeanMethods = false)
public class DunningJobConfiguration {

    public static final String JOB = "dunning";

    /** What the dunning step partitions: every account (overdue ones are spread like all of them). */
    static final KeySpace ACCOUNTS = new KeySpace("account", "account_id", null);

    @Bean
    Job dunningJob(JobRepository jobRepository, Step dunningClearStep, Step dunningStep, JdbcTemplate jdbc) {
        return new JobBuilder(JOB, jobRepository).start(dunningClearStep).next(dunningStep)
                .listener(new AnalyzeAfterJob(jdbc, "dunning_case")).build();
    }

    @Bean
    Step dunningClearStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          DunningMapper dunning) {
        return new StepBuilder("dunningClear", jobRepository).tasklet((contribution, chunk) -> {
            dunning.deleteDay(chunk.getStepContext().getStepExecution().getJobParameters()
                    .getLocalDate(JobParametersFactory.DATE));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step dunningStep(PartitionedSteps partitioned, Step dunningPartitionStep) {
        return partitioned.manager("dunningStep", dunningPartitionStep, ACCOUNTS);
    }

    /** The worker: one account_id range ({@code dunningPartition:partitionN}). */
    @Bean
    Step dunningPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              MyBatisCursorItemReader<OverdueAccountRow> dunningReader,
                              DunningProcessor dunningProcessor, MyBatisBatchItemWriter<DunningCaseRow> dunningWriter,
                              @Value("${retention.batch.chunk-size:1000}") int chunkSize) {
        return new StepBuilder("dunningPartition", jobRepository)
                .<OverdueAccountRow, DunningCaseRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(dunningReader)
                .processor(dunningProcessor)
                .writer(dunningWriter)
                .build();
    }

    @Bean
    @StepScope
    MyBatisCursorItemReader<OverdueAccountRow> dunningReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{jobParameters['date']}") LocalDate date,
            @Value("#{stepExecutionContext['from']}") String from, @Value("#{stepExecutionContext['to']}") String to) {
        MyBatisCursorItemReader<OverdueAccountRow> reader = new MyBatisCursorItemReader<>();
        reader.setName("dunningReader");
        reader.setSqlSessionFactory(cursorSqlSessionFactory);
        reader.setQueryId(DunningMapper.OVERDUE_ACCOUNTS);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("businessDate", date);
        reader.setParameterValues(new KeyRange(from, to).addTo(parameters, "accountFrom", "accountTo"));
        return reader;
    }

    @Bean
    @StepScope
    DunningProcessor dunningProcessor(@Value("#{jobParameters['date']}") LocalDate date, DunningRules dunningRules) {
        return new DunningProcessor(new DunningStepPolicy(dunningRules), date);
    }

    @Bean
    MyBatisBatchItemWriter<DunningCaseRow> dunningWriter(SqlSessionFactory sqlSessionFactory) {
        MyBatisBatchItemWriter<DunningCaseRow> writer = new MyBatisBatchItemWriter<>();
        writer.setSqlSessionFactory(sqlSessionFactory);
        writer.setStatementId(DunningMapper.INSERT);
        writer.setAssertUpdates(false);
        return writer;
    }
}
