package com.retention.jobs.observability;

import com.retention.jobs.launch.RestartPointKeeper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the run listener onto every job and every step of every job, and the progress listener onto
 * every chunk step ({@link ListenerAttacher}), so that jobs written by anyone get the MDC, the item
 * counters, the progress lines and the summary without code of their own.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    JobRunListener jobRunListener(ObjectProvider<MeterRegistry> meters) {
        return new JobRunListener(meters);
    }

    @Bean
    public ProgressListener progressListener(@Value("${retention.progress.interval:5s}") Duration interval) {
        // Wall time, not the business Clock: a rate needs real seconds even when "today" is pinned.
        return new ProgressListener(Clock.systemUTC(), interval);
    }

    /** Static and lazy: a post-processor must not pull the listeners' dependencies in early. */
    @Bean
    static BeanPostProcessor jobRunListenerAttacher(ObjectProvider<JobRunListener> runs,
                                                    ObjectProvider<ProgressListener> progress,
                                                    ObjectProvider<RestartPointKeeper> restartPoints) {
        return new ListenerAttacher(runs::getObject, progress::getObject, restartPoints::getObject);
    }
}
