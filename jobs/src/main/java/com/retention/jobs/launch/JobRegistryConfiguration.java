package com.retention.jobs.launch;

import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry {@code JobOperator.restart} finds a job in by its name. Without a bean of our own,
 * Spring Batch fills a registry with the {@code Job} beans that exist when the operator is created;
 * a job whose own wiring needs the operator (the nightly flow, through the launch service) is still
 * being created then and is silently left out, so a restart of it failed with "The Job must not be
 * null" in the jar while a test context, creating beans in another order, had it. A
 * {@link MapJobRegistry} bean registers every job bean once all singletons exist.
 */
@Configuration(proxyBeanMethods = false)
public class JobRegistryConfiguration {

    @Bean
    JobRegistry jobRegistry() {
        return new MapJobRegistry();
    }
}
