package com.retention.jobs.reporting;

import com.retention.jobs.launch.JobParametersFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code report} job: one tasklet step, since every figure is a set-based query and the
 * workbook is small. Re-running a date re-writes the same workbook.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "report";

    @Bean
    Job reportJob(JobRepository jobRepository, Step reportWorkbookStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(reportWorkbookStep).build();
    }

    @Bean
    Step reportWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            CampaignReportWriter writer, @Value("${retention.output:./out}") Path outDir) {
        return new StepBuilder("reportWorkbook", jobRepository).tasklet((contribution, chunk) -> {
            LocalDate date = chunk.getStepContext().getStepExecution().getJobParameters()
                    .getLocalDate(JobParametersFactory.DATE);
            // "written" in the job listing: the data rows of the workbook's sheets.
            contribution.incrementWriteCount(writer.write(date, outDir));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
