package com.retention.jobs.observability;

import com.retention.jobs.launch.RestartPointKeeper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts the run listener on every job and on every step a job holds, and the progress listener and
 * the {@link RestartPointKeeper} on every chunk step: steps built inside a job's bean method (the import jobs', the nightly's job
 * steps) are no beans, so only walking the job finds them. Each step once, however many jobs hold it
 * and whether it is a bean too: a listener attached twice would count every item twice. A job step
 * needs no descent: the job it runs is a bean and gets its own listeners here. Partition workers are
 * beans (their manager's handler gives no access to them).
 */
final class ListenerAttacher implements BeanPostProcessor {

    private final Supplier<JobRunListener> runs;
    private final Supplier<ProgressListener> progress;
    private final Supplier<RestartPointKeeper> restartPoints;
    private final Set<Object> attached = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    ListenerAttacher(Supplier<JobRunListener> runs, Supplier<ProgressListener> progress,
                     Supplier<RestartPointKeeper> restartPoints) {
        this.runs = runs;
        this.progress = progress;
        this.restartPoints = restartPoints;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            attach(job);
        } else if (bean instanceof Step step) {
            attach(step);
        }
        return bean;
    }

    void attach(AbstractJob job) {
        if (attached.add(job)) {
            job.registerJobExecutionListener(runs.get());
        }
        for (String name : job.getStepNames()) {
            Step step = job.getStep(name);
            if (step != null) {
                attach(step);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void attach(Step step) {
        if (!(step instanceof AbstractStep abstractStep) || !attached.add(step)) {
            return;
        }
        abstractStep.registerStepExecutionListener(runs.get());
        if (step instanceof ChunkOrientedStep chunkStep) {
            ProgressListener listener = progress.get();
            chunkStep.registerStepExecutionListener(listener);
            chunkStep.registerChunkListener((org.springframework.batch.core.listener.ChunkListener) listener);
            chunkStep.registerStepExecutionListener(restartPoints.get());
        }
    }
}
