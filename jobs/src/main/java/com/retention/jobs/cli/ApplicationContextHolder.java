package com.retention.jobs.cli;

import com.retention.jobs.RetentionApplication;
import com.retention.jobs.errors.CannotStartException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring (and with it the database) only when a command needs it, so that {@code --help}
 * and usage errors answer at once.
 */
public final class ApplicationContextHolder implements AutoCloseable {

    private final List<String> springArgs;
    private ConfigurableApplicationContext context;
    private final List<String> profiles = new ArrayList<>();
    private WebApplicationType webType = WebApplicationType.NONE;

    public ApplicationContextHolder(List<String> springArgs) {
        this.springArgs = List.copyOf(springArgs);
    }

    /** For {@code serve}: actuator endpoints over HTTP. Must be called before the first bean. */
    public void serving() {
        profiles.add("serve");
        webType = WebApplicationType.SERVLET;
    }

    /** For {@code demo}: the demo's contact centres on shifts (config/application-demo.yml). Before the first bean. */
    public void demo() {
        profiles.add("demo");
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            try {
                context = new SpringApplicationBuilder(RetentionApplication.class)
                        .web(webType)
                        .profiles(profiles.toArray(String[]::new))
                        .logStartupInfo(false)
                        .run(springArgs.toArray(String[]::new));
            } catch (RuntimeException e) {
                throw new CannotStartException(StartupFailureReporter.take()
                        .orElseGet(() -> OneLineErrorHandler.describe(e)), e);
            }
        }
        return context;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
