package com.retention.jobs.calllists;

import com.retention.jobs.calllists.candidates.CandidateBuilder;
import com.retention.jobs.calllists.config.ContactProperties;
import com.retention.jobs.calllists.files.CallListFiles;
import com.retention.jobs.calllists.policy.DayPolicy;
import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.exports.OutputProperties;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.OperatorProperties;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job {@code call-lists} for business date D: {@code candidates} (the funnel, set-based),
 * {@code policy} (every candidate decided; call tasks and notifications written) and {@code files}
 * (workbooks, dialer file, outbox, collections hand-over). Each step replaces D's own results, so a
 * restart re-does the failed step and a re-run of D gives the same tables and files. An intraday run
 * ({@code --at}) of a day whose lists exist tops them up instead: the SAVE calls of requests to leave
 * opened since are decided and added, and the files are written again with them.
 */
@Configuration(proxyBeanMethods = false)
public class CallListsJobConfiguration {

    public static final String JOB = "call-lists";
    /** Set by the candidates step of an intraday run that adds to D's lists instead of building them. */
    static final String TOP_UP = "intradayTopUp";

    @Bean
    Job callListsJob(JobRepository jobRepository, Step callListsCandidatesStep, Step callListsPolicyStep,
                     Step callListsFilesStep, JdbcTemplate jdbc) {
        return new JobBuilder(JOB, jobRepository)
                .start(callListsCandidatesStep).next(callListsPolicyStep).next(callListsFilesStep)
                .listener(new AnalyzeAfterJob(jdbc, "call_task", "notification", "contact_candidate")).build();
    }

    @Bean
    Step callListsCandidatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 TemplateCheck templates, CandidateBuilder builder, OperatorProperties operator,
                                 ContactProperties contact) {
        return new StepBuilder("candidates", jobRepository).tasklet((contribution, chunk) -> {
            // Before anything changes: a broken template would otherwise fail the policy step halfway.
            templates.validateAll();
            CallListDay day = day(chunk, operator, contact);
            if (intradayRun(chunk) && builder.listsExist(day)) {
                // README "Save desk": an --at run of a day whose lists exist adds the new SAVE calls to them
                chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext().put(TOP_UP, true);
                contribution.incrementWriteCount(builder.topUp(day));
                return RepeatStatus.FINISHED;
            }
            int written = CandidateBuilder.total(builder.build(day));
            contribution.incrementWriteCount(written);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step callListsPolicyStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             DayPolicy policy, OperatorProperties operator, ContactProperties contact) {
        return new StepBuilder("policy", jobRepository).tasklet((contribution, chunk) -> {
            boolean topUp = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .containsKey(TOP_UP);
            CallListDay day = day(chunk, operator, contact);
            DayPolicy.PolicyCounts counts = topUp ? policy.topUp(day) : policy.decide(day);
            contribution.incrementWriteCount(counts.callTasks() + counts.notifications());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Step callListsFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            CallListFiles files, OutputProperties output) {
        return new StepBuilder("files", jobRepository).tasklet((contribution, chunk) -> {
            contribution.incrementWriteCount(files.write(date(chunk), output.output()));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    private static CallListDay day(ChunkContext chunk, OperatorProperties operator, ContactProperties contact) {
        return CallListDay.of(JobParametersFactory.businessDay(
                chunk.getStepContext().getStepExecution().getJobParameters(), operator), contact.carryOverMaxDays());
    }

    private static boolean intradayRun(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobParameters().getParameter(JobParametersFactory.AT) != null;
    }

    private static java.time.LocalDate date(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobParameters().getLocalDate(JobParametersFactory.DATE);
    }
}
