package com.retention.jobs.delivery;

import com.retention.jobs.launch.JobParametersFactory;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code deliver} job: the SMS and e-mail of D to their channels, the night's last step. Off by
 * default, when it completes having sent nothing. Each attempt commits on its own, so a restart after a
 * failure goes on with what is still due, and never submits anything twice.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJobConfiguration {

    static final String JOB = "deliver";
    private static final Logger log = LoggerFactory.getLogger(DeliveryJobConfiguration.class);

    @Bean
    Job deliverJob(JobRepository repository, Step deliverStep) {
        return new JobBuilder(JOB, repository).start(deliverStep).build();
    }

    @Bean
    Step deliverStep(JobRepository repository, PlatformTransactionManager transactions, DeliveryRun run) {
        return new StepBuilder("deliver", repository).tasklet((contribution, chunk) -> {
            JobParameters parameters = chunk.getStepContext().getStepExecution().getJobParameters();
            LocalDate date = parameters.getLocalDate(JobParametersFactory.DATE);
            String at = parameters.getString(JobParametersFactory.AT);
            if (!run.anyChannelOn()) {
                log.info("delivery is off (retention.delivery.sms.enabled, retention.delivery.mail.enabled): "
                        + "the outbox file is the hand-over");
                return RepeatStatus.FINISHED;
            }
            Instant when = at == null ? null : Instant.parse(at);
            for (DeliveryCounts counts : run.deliver(date, when)) {
                contribution.incrementWriteCount(counts.submitted());
            }
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
