package com.retention.jobs.partitioning.remote;

import com.retention.jobs.partitioning.WorkerSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * The worker side of one taken range: runs it with Spring Batch Integration's
 * {@link StepExecutionRequestHandler} if it is still due, after writing this node's name into the
 * range's step context ({@value #NODE}). Not due: the request outlived its run (the manager gave up,
 * the run was recovered and restarted under new executions) or was already run; it is dropped.
 */
public class RangeRunner {

    public static final String NODE = "worker.node";
    private static final Logger log = LoggerFactory.getLogger(RangeRunner.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    private final String node;

    public RangeRunner(JobRepository jobRepository, WorkerSteps workers, String node) {
        this.jobRepository = jobRepository;
        this.node = node;
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(name -> workers.find(name).orElse(null));
    }

    public void run(StepExecutionRequest request) {
        StepExecution range = jobRepository.getStepExecution(request.getStepExecutionId());
        if (range == null || range.getStatus() != BatchStatus.STARTING || !range.getJobExecution().isRunning()) {
            log.info("dropped a request for range execution {} ({}): no longer due", request.getStepExecutionId(),
                    range == null ? "unknown" : range.getStatus());
            return;
        }
        range.getExecutionContext().putString(NODE, node);
        jobRepository.updateExecutionContext(range);
        log.info("{} runs {} (execution {})", node, range.getStepName(), range.getId());
        StepExecution done = handler.handle(request);
        if (done.getStatus().isUnsuccessful() && !done.getFailureExceptions().isEmpty()) {
            log.warn("{} failed on {}: {}", done.getStepName(), node, done.getFailureExceptions().get(0).toString());
        }
    }
}
