package com.retention.jobs.nightly;

import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.JobRunLock;
import com.retention.jobs.orders.OrderFulfilment;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The whole flow of business date D, each step the job of the same name run as a job step:
 * order fulfilment, scoring, offers, dunning, outages, call lists, the scores and offers exports, report, deliver. A failed
 * night restarts at the failed step, and inside it from that job's last commit.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB = JobRunLock.WHOLE_DAY_JOB;

    @Bean
    Job nightlyJob(JobRepository repository, JobOperator operator, NightlyParametersExtractor parameters,
            @Qualifier("scoringJob") Job scoring, @Qualifier("offersJob") Job offers,
            @Qualifier("dunningJob") Job dunning, @Qualifier("outagesJob") Job outages,
            @Qualifier("callListsJob") Job callLists, @Qualifier("reportJob") Job report,
            @Qualifier("deliverJob") Job deliver,
            Step nightlyFulfilmentStep, Step nightlyExportsStep) {
        List<Step> before = List.of(scoring, offers, dunning, outages).stream()
                .map(job -> jobStep(job, repository, operator, parameters)).toList();
        var flow = new JobBuilder(JOB, repository).start(nightlyFulfilmentStep);
        for (Step step : before) {
            flow = flow.next(step);
        }
        // The offers export comes after the call lists: the contact policy decides the control flag.
        return flow.next(jobStep(callLists, repository, operator, parameters))
                .next(nightlyExportsStep)
                .next(jobStep(report, repository, operator, parameters))
                // last: the SMS and e-mail of D to their channels (off by default, README "Delivery")
                .next(jobStep(deliver, repository, operator, parameters))
                .build();
    }

    /** Orders whose new tariff the latest subscriber import shows are fulfilled, before anyone is scored. */
    @Bean
    Step nightlyFulfilmentStep(JobRepository repository, PlatformTransactionManager transactions,
            OrderFulfilment fulfilment) {
        return new StepBuilder("fulfilment", repository).tasklet((contribution, chunk) -> {
            LocalDate date = chunk.getStepContext().getStepExecution().getJobParameters()
                    .getLocalDate(JobParametersFactory.DATE);
            contribution.incrementWriteCount(fulfilment.markFulfilled(date));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step nightlyExportsStep(JobRepository repository, PlatformTransactionManager transactions,
            NightlyExportsTasklet tasklet) {
        return new StepBuilder("exports", repository).tasklet(tasklet, transactions).build();
    }

    private static Step jobStep(Job job, JobRepository repository, JobOperator operator,
            NightlyParametersExtractor parameters) {
        NightJobStep step = new NightJobStep(job, repository, operator, parameters);
        try {
            step.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("the night's step " + job.getName() + " is not wired: " + e.getMessage(), e);
        }
        return step;
    }
}
