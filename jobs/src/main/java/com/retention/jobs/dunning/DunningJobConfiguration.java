package com.retention.jobs.dunning;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.dunning.DunningStepPolicy;
import com.retention.jobs.db.MapperBatchWriter;
import com.retention.jobs.db.MapperCursorReader;
import com.retention.jobs.launch.DayTableJobs;
import com.retention.jobs.partitioning.KeySpace;
import java.time.LocalDate;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    Job dunningJob(DayTableJobs jobs, DunningMapper dunning, Step dunningPartitionStep) {
        return jobs.job(JOB, "dunning_case", dunning::deleteDay, dunningPartitionStep, ACCOUNTS, false);
    }

    /** The worker: one account_id range ({@code dunningPartition:partitionN}). */
    @Bean
    Step dunningPartitionStep(DayTableJobs jobs, MapperCursorReader<DunningMapper, OverdueAccountRow> dunningReader,
                              DunningProcessor dunningProcessor, SqlSessionFactory sqlSessionFactory) {
        return jobs.worker(JOB, dunningReader, dunningProcessor,
                new MapperBatchWriter<>(sqlSessionFactory, DunningMapper.class, DunningMapper::insert));
    }

    @Bean
    @StepScope
    MapperCursorReader<DunningMapper, OverdueAccountRow> dunningReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{jobParameters['date']}") LocalDate date,
            @Value("#{stepExecutionContext['from']}") String from, @Value("#{stepExecutionContext['to']}") String to) {
        return new MapperCursorReader<>("dunningReader", cursorSqlSessionFactory, DunningMapper.class,
                dunning -> dunning.overdueAccounts(new DunningMapper.OverdueAccounts(date, from, to)));
    }

    @Bean
    @StepScope
    DunningProcessor dunningProcessor(@Value("#{jobParameters['date']}") LocalDate date, DunningRules dunningRules) {
        return new DunningProcessor(new DunningStepPolicy(dunningRules), date);
    }
}
