package com.retention.jobs.offers;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.db.MapperCursorReader;
import com.retention.jobs.facts.FactsMapper;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.facts.FactsReaders;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import com.retention.jobs.launch.DayTableJobs;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.partitioning.KeyRange;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    Job offersJob(DayTableJobs jobs, OfferMapper offers, Step offersPartitionStep) {
        return jobs.job(JOB, "offer", offers::deleteInactiveDay, offersPartitionStep, FactsReaders.ACTIVE_SUBSCRIBERS,
                true);
    }

    /** The worker: one subscriber_id range ({@code offersPartition:partitionN}). */
    @Bean
    Step offersPartitionStep(DayTableJobs jobs, MapperCursorReader<FactsMapper, SubscriberFactsRow> offersReader,
                             OffersProcessor offersProcessor, DataSource dataSource,
                             SqlSessionFactory sqlSessionFactory) {
        return jobs.worker(JOB, offersReader, offersProcessor, new OfferOutcomeWriter(dataSource, sqlSessionFactory));
    }

    @Bean
    @StepScope
    MapperCursorReader<FactsMapper, SubscriberFactsRow> offersReader(
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
}
