package com.retention.jobs.launch;

import com.retention.jobs.db.AnalyzeAfterJob;
import com.retention.jobs.partitioning.KeySpace;
import com.retention.jobs.partitioning.PartitionedSteps;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shape of the jobs that recompute one table's rows of business date D (scoring, offers, dunning):
 * {@code <job>Clear} removes D's rows, {@code <job>Step} runs the worker {@code <job>Partition} over key
 * ranges side by side ({@link PartitionedSteps}), and the table is analyzed once the job ends. A restart
 * skips the clear step if it completed and resumes each unfinished range after its last commit.
 * The worker stays a bean of its job's configuration: that is how the run and progress listeners
 * find a partition worker.
 */
@Component
public class DayTableJobs {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final PartitionedSteps partitioned;
    private final JdbcTemplate jdbc;
    private final int chunkSize;

    public DayTableJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        PartitionedSteps partitioned, JdbcTemplate jdbc,
                        @Value("${retention.batch.chunk-size:1000}") int chunkSize) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.partitioned = partitioned;
        this.jdbc = jdbc;
        this.chunkSize = chunkSize;
    }

    /** The worker of job {@code job}: one key range in chunks of {@code retention.batch.chunk-size}. */
    public <I, O> Step worker(String job, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer) {
        return new StepBuilder(job + "Partition", jobRepository)
                .<I, O>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .build();
    }

    /**
     * @param clearDay  deletes D's rows of {@code table} (or what a re-run must not keep)
     * @param keys      what the worker's ranges cut
     * @param everyKey  the worker reads exactly one item per key, so progress can show what is left
     */
    public Job job(String job, String table, Consumer<LocalDate> clearDay, Step worker, KeySpace keys,
                   boolean everyKey) {
        Step clear = new StepBuilder(job + "Clear", jobRepository).tasklet((contribution, chunk) -> {
            clearDay.accept(chunk.getStepContext().getStepExecution().getJobParameters()
                    .getLocalDate(JobParametersFactory.DATE));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
        Step manager = everyKey ? partitioned.managerOfEveryKey(job + "Step", worker, keys)
                : partitioned.manager(job + "Step", worker, keys);
        return new JobBuilder(job, jobRepository).start(clear).next(manager)
                .listener(new AnalyzeAfterJob(jdbc, table)).build();
    }
}
