package com.retention.jobs.calllists.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Decides runs of phones on a few threads while the policy cursor reads on. A run is decided on its
 * own ({@link ChunkDecider}) and the decisions' order does not matter (the capacity cut ranks in SQL),
 * so the threads need nothing of each other. Read and decided one after the other, the step kept one
 * of the two cores busy (README "Figures"). A run is handed straight to a free thread, none waits in
 * between: runs that waited outlived young collections and their rows went to the old generation
 * (at 1 000 000 the heap after a collection rose from 35 MB to 217 MB). A thread that fails stops the
 * reading with its error.
 */
final class DecidingThreads implements AutoCloseable {

    /** What one thread decides with: its own history connection and decider, closed when it ends. */
    interface Decider extends AutoCloseable {
        void decide(List<PolicyRow> run);

        @Override
        void close();
    }

    private static final List<PolicyRow> END = List.of();

    private final BlockingQueue<List<PolicyRow>> runs;
    private final ExecutorService threads;
    private final List<Future<?>> workers = new ArrayList<>();

    DecidingThreads(int count, Supplier<Decider> deciders) {
        runs = new SynchronousQueue<>();
        AtomicInteger numbers = new AtomicInteger();
        threads = Executors.newFixedThreadPool(count, r -> {
            Thread thread = new Thread(r, "policy-decide-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // The step's job, step and date, so a line logged while deciding says which run it belongs to.
        Map<String, String> context = MDC.getCopyOfContextMap();
        for (int i = 0; i < count; i++) {
            workers.add(threads.submit(() -> work(deciders, context)));
        }
    }

    private Void work(Supplier<Decider> deciders, Map<String, String> context) throws InterruptedException {
        if (context != null) {
            MDC.setContextMap(context);
        }
        try (Decider decider = deciders.get()) {
            for (List<PolicyRow> run = runs.take(); run != END; run = runs.take()) {
                decider.decide(run);
            }
        } finally {
            MDC.clear();
        }
        return null;
    }

    /** Hands a run to the next free thread; waits while every thread is busy. */
    void decide(List<PolicyRow> run) {
        try {
            while (!runs.offer(run, 100, TimeUnit.MILLISECONDS)) {
                for (Future<?> worker : workers) {
                    if (worker.isDone()) {
                        await(worker); // a thread ends early only by failing: its error, now
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding the call lists", e);
        }
    }

    /** Waits until every run handed over is decided; rethrows the first thread's failure. */
    void finish() {
        for (int i = 0; i < workers.size(); i++) {
            decide(END);
        }
        for (Future<?> worker : workers) {
            await(worker);
        }
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding the call lists", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** Stops the threads (interrupting a wait for the next run) and waits for them to let go. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
