package com.retention.jobs.launch;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a job started over HTTP or from the console on a thread of its own, so that a night of twenty minutes does not
 * hold a request (and a proxy's timeout) open: the caller gets the finished run when it ends within
 * {@link #ANSWER_WITHIN}, else the running one, to follow at {@code /api/runs/{id}}. The job runs
 * through the same launch service as the command line, with the same locks. On shutdown the running
 * jobs are left to finish, as the scheduler's are.
 */
@Component
public class BackgroundRuns implements DisposableBean {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "api-run");
        thread.setDaemon(false);
        return thread;
    });

    /** The run's outcome if it ended in time, else empty: then {@code running} names the execution. */
    public Optional<JobOutcome> start(Supplier<JobOutcome> run) {
        Future<JobOutcome> future = threads.submit(run::get);
        try {
            return Optional.of(future.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException stillRunning) {
            return Optional.empty();
        } catch (ExecutionException e) {
            // refused before it started (already running, unknown run): the caller's error
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the run", e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.DAYS);
    }
}
