package com.retention.jobs.quality;

import com.retention.jobs.launch.JobParametersFactory;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code qa-sample} for a month (its date parameter is the month's first day): {@code qaSamplePick}
 * replaces the month's picks in one transaction, {@code qaSampleFiles} writes them out. A re-run of
 * the month picks the same calls and writes the same files.
 */
@Configuration(proxyBeanMethods = false)
public class QaSampleJobConfiguration {

    public static final String JOB = "qa-sample";

    @Bean
    Job qaSampleJob(JobRepository jobRepository, Step qaSamplePickStep, Step qaSampleFilesStep) {
        return new JobBuilder(JOB, jobRepository).start(qaSamplePickStep).next(qaSampleFilesStep).build();
    }

    @Bean
    Step qaSamplePickStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          QaSamplePicker picker) {
        return new StepBuilder("qaSamplePick", jobRepository).tasklet((contribution, chunk) -> {
            contribution.incrementWriteCount(picker.pick(month(chunk)));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step qaSampleFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           QaSampleFiles files, @Value("${retention.output:./out}") Path outDir) {
        return new StepBuilder("qaSampleFiles", jobRepository).tasklet((contribution, chunk) -> {
            contribution.incrementWriteCount(files.write(month(chunk), outDir));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private static YearMonth month(ChunkContext chunk) {
        return YearMonth.from(chunk.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(JobParametersFactory.DATE));
    }
}
