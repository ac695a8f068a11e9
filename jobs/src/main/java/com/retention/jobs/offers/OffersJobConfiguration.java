package com.retention.jobs.offers;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.facts.FactsReaders;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.partitioning.PartitionedSteps;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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
 * Job {@code offers}: drop D's offers of subscribers no longer active, then stream the same facts as scoring (plus
 * earlier offers and D's churn score) through cool-downs and the offer selector, upserting into
 * offer by (date, subscriber) so that a re-run keeps every offer's id; in subscriber_id ranges side
 * by side, like scoring. A new offer's id follows the order its range committed in, not subscriber order.
 */
@Configuration(proxyBeanMethods = false)
public class OffersJobConfiguration {

    public static final String JOB = "offers";

    @Bean
    Job offersJob(JobRepository jobRepository, Step offersClearStep, Step offersStep, JdbcTemplate jdbc) {
        return new JobBuilder(JOB, jobRepository).start(offersClearStep).next(offersStep)
                .listener(new AnalyzeAfterJob(jdbc, "offer")).build();
    }

    @Bean
    Step offersClearStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         OfferMapper offers) {
        return new StepBuilder("offersClear", jobRepository).tasklet((contribution, chunk) -> {
            offers.deleteInactiveDay(chunk.getStepContext().getStepExecution().getJobParameters()
                    .getLocalDate(JobParametersFactory.DATE));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step offersStep(PartitionedSteps partitioned, Step offersPartitionStep) {
        return partitioned.managerOfEveryKey("offersStep", offersPartitionStep, FactsReaders.ACTIVE_SUBSCRIBERS);
    }

    /** The worker: one subscriber_id range ({@code offersPartition:partitionN}). */
    @Bean
    Step offersPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             MyBatisCursorItemReader<SubscriberFactsRow> offersReader, OffersProcessor offersProcessor,
                             OfferOutcomeWriter offersWriter,
                             @Value("${retention.batch.chunk-size:1000}") int chunkSize) {
        return new StepBuilder("offersPartition", jobRepository)
                .<SubscriberFactsRow, OfferOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(offersReader)
                .processor(offersProcessor)
                .writer(offersWriter)
                .build();
    }

    @Bean
    @StepScope
    MyBatisCursorItemReader<SubscriberFactsRow> offersReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{stepExecution.jobParameters}") JobParameters parameters, OperatorProperties operator,
            ScoringRules scoringRules, OfferRules offerRules,
            @Value("#{stepExecutionContext['from']}") String from, @Value("#{stepExecutionContext['to']}") String to) {
        FactsQuery query = FactsQuery.of(JobParametersFactory.businessDay(parameters, operator), scoringRules,
                offerRules, true);
        return FactsReaders.reader("offersReader", cursorSqlSessionFactory, query, new KeyRange(from, to));
    }

    @Bean
    @StepScope
    OffersProcessor offersProcessor(@Value("#{jobParameters['date']}") java.time.LocalDate date,
                                    OfferRules offerRules,
                                    @Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions) {
        return new OffersProcessor(offerRules, TariffCatalogue.load(sessions), date);
    }

    @Bean
    OfferOutcomeWriter offersWriter(SqlSessionFactory sqlSessionFactory) {
        return new OfferOutcomeWriter(batchWriter(sqlSessionFactory, OfferMapper.UPSERT),
                batchWriter(sqlSessionFactory, OfferMapper.WITHDRAW));
    }

    private static <T> MyBatisBatchItemWriter<T> batchWriter(SqlSessionFactory sqlSessionFactory, String statement) {
        MyBatisBatchItemWriter<T> writer = new MyBatisBatchItemWriter<>();
        writer.setSqlSessionFactory(sqlSessionFactory);
        writer.setStatementId(statement);
        writer.setAssertUpdates(false); // rewritten batches report no per-row counts; a withdrawal may match none
        writer.afterPropertiesSet();
        return writer;
    }
}
