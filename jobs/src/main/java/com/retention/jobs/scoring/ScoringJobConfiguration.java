package com.retention.jobs.scoring;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.SavingShare;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.db.CopyChunkWriter;
import com.retention.jobs.db.MapperCursorReader;
import com.retention.jobs.facts.FactsMapper;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.facts.FactsReaders;
import com.retention.jobs.facts.ChurnSignalsBuilder;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import com.retention.jobs.model.ModelScoring;
import com.retention.jobs.launch.BusinessDay;
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
 * Job {@code scoring}: clear D's churn_score, then stream every active subscriber's facts through
 * the churn scorer into churn_score in chunks, in {@code retention.batch.partitions} subscriber_id
 * ranges side by side. A restart skips the step that cleared and resumes each unfinished range after
 * its last committed chunk (each cursor is ordered by subscriber_id).
 */
@Configuration(proxyBeanMethods = false)
public class ScoringJobConfiguration {

    public static final String JOB = "scoring";

    @Bean
    Job scoringJob(DayTableJobs jobs, ScoreMapper scores, Step scoringPartitionStep) {
        return jobs.job(JOB, "churn_score", scores::deleteDay, scoringPartitionStep, FactsReaders.ACTIVE_SUBSCRIBERS,
                true);
    }

    /** The worker: one subscriber_id range ({@code scoringPartition:partitionN}). */
    @Bean
    Step scoringPartitionStep(DayTableJobs jobs, MapperCursorReader<FactsMapper, SubscriberFactsRow> scoringReader,
                              ScoringProcessor scoringProcessor, DataSource dataSource) {
        return jobs.worker(JOB, scoringReader, scoringProcessor, new CopyChunkWriter<ChurnScoreRow>(dataSource,
                "COPY churn_score (business_date, subscriber_id, score, band, reasons, model) FROM STDIN",
                (row, score) -> row.value(score.businessDate()).text(score.subscriberId()).value(score.score())
                        .text(score.band()).text(score.reasons()).text(score.model())));
    }

    @Bean
    @StepScope
    MapperCursorReader<FactsMapper, SubscriberFactsRow> scoringReader(
            @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSqlSessionFactory,
            @Value("#{stepExecution.jobParameters}") JobParameters parameters, OperatorProperties operator,
            ScoringRules scoringRules, OfferRules offerRules,
            @Value("#{stepExecutionContext['from']}") String from, @Value("#{stepExecutionContext['to']}") String to) {
        return FactsReaders.reader("scoringReader", cursorSqlSessionFactory,
                query(parameters, operator, scoringRules, offerRules), new KeyRange(from, to));
    }

    @Bean
    @StepScope
    ScoringProcessor scoringProcessor(@Value("#{stepExecution.jobParameters}") JobParameters parameters,
                                      OperatorProperties operator, ScoringRules scoringRules, OfferRules offerRules,
                                      @Qualifier("cursorSqlSessionFactory") SqlSessionFactory sessions,
                                      ModelScoring models) {
        FactsQuery query = query(parameters, operator, scoringRules, offerRules);
        TariffCatalogue catalogue = TariffCatalogue.load(sessions);
        ChurnSignalsBuilder signals = new ChurnSignalsBuilder(scoringRules, new SavingShare(offerRules), catalogue, query);
        return new ScoringProcessor(signals, new ChurnScorer(scoringRules), query.businessDate(),
                models.promoted(catalogue));
    }

    private static FactsQuery query(JobParameters parameters, OperatorProperties operator, ScoringRules scoringRules,
                                    OfferRules offerRules) {
        BusinessDay day = JobParametersFactory.businessDay(parameters, operator);
        return FactsQuery.of(day, scoringRules, offerRules, false);
    }
}
