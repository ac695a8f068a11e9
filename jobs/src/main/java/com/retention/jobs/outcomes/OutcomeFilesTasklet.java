package com.retention.jobs.outcomes;

import com.retention.jobs.orders.OrderFulfilment;
import com.retention.jobs.orders.TariffChangesFile;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After the rows of an outcome file: marks the orders billing has applied, then re-writes the
 * files of the file's list date from the database: {@code orders/D/tariff-changes.csv} and
 * {@code handover/D/complaints.csv}. Both are whole rewrites, so a repeated step changes nothing.
 */
public class OutcomeFilesTasklet implements Tasklet {

    static final String ORDERS = "outcomes.orders";
    static final String COMPLAINTS = "outcomes.complaints";

    private final OrderFulfilment fulfilment;
    private final TariffChangesFile orders;
    private final ComplaintsFile complaints;
    private final Path outputRoot;

    public OutcomeFilesTasklet(OrderFulfilment fulfilment, TariffChangesFile orders, ComplaintsFile complaints,
            Path outputRoot) {
        this.fulfilment = fulfilment;
        this.orders = orders;
        this.complaints = complaints;
        this.outputRoot = outputRoot;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        String day = job.getExecutionContext().getString(FileDayTasklet.FILE_DAY, "");
        if (day.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        LocalDate listDay = LocalDate.parse(day);
        fulfilment.markFulfilled(listDay);
        job.getExecutionContext().putLong(ORDERS, orders.write(listDay, outputRoot));
        job.getExecutionContext().putLong(COMPLAINTS, complaints.write(listDay, outputRoot));
        return RepeatStatus.FINISHED;
    }
}
