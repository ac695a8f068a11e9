package com.retention.jobs.outages;

import com.retention.jobs.db.MapperBatchWriter;
import com.retention.jobs.db.MapperCursorReader;
import com.retention.domain.outages.OutageNoticePolicy;
import com.retention.domain.outages.OutageRules;
import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.rules.OutageLookback;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code outages}: at reference time T (D 00:00, or {@code --at}), the notice policy for every
 * covered subscriber of every relevant outage, into outage_notice. No clear step: a notice is once
 * ever, so a re-run or a restart adds only what is newly due.
 */
@Configuration(proxyBeanMethods = false)
public class OutagesJobConfiguration {

    public static final String JOB = "outages";

    @Bean
    Job outagesJob(JobRepository jobRepository, Step outagesStep, JdbcTemplate jdbc) {
        return new JobBuilder(JOB, jobRepository).start(outagesStep)
                .listener(new AnalyzeAfterJob(jdbc, "outage_notice")).build();
    }

    @Bean
    Step outagesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     MapperCursorReader<OutageNoticeMapper, CoveredSubscriberRow> outagesReader,
                     OutageNoticeProcessor outagesProcessor, OutageNoticeWriter outagesWriter,
                     @Value("${retention.batch.chunk-size:1000}") int chunkSize) {
        return new StepBuilder("outagesStep", jobRepository)
                .<CoveredSubscriberRow, List<OutageNoticeRow>>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(outagesReader)
                .processor(outagesProcessor)
                .writer(outagesWriter)
                .build();
    }

    @Bean
    @StepScope
    MapperCursorReader<OutageNoticeMapper, CoveredSubscriberRow> outagesReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{stepExecution.jobParameters}") JobParameters parameters, OperatorProperties operator,
            OutageRules outageRules, OutageLookback lookback) {
        BusinessDay day = JobParametersFactory.businessDay(parameters, operator);
        return new MapperCursorReader<>("outagesReader", cursorSqlSessionFactory, OutageNoticeMapper.class,
                notices -> notices.covered(day.date(), utc(day.referenceTime().plus(outageRules.preNoticeHorizon())),
                        utc(day.referenceTime().minus(lookback.endedWithin()))));
    }

    @Bean
    @StepScope
    OutageNoticeProcessor outagesProcessor(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                           OperatorProperties operator, OutageRules outageRules) {
        return new OutageNoticeProcessor(new OutageNoticePolicy(outageRules),
                JobParametersFactory.businessDay(parameters, operator));
    }

    @Bean
    OutageNoticeWriter outagesWriter(SqlSessionFactory sqlSessionFactory) {
        // a notice already given inserts nothing, by design
        return new OutageNoticeWriter(new MapperBatchWriter<>(sqlSessionFactory, OutageNoticeMapper.class,
                OutageNoticeMapper::insert));
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
