package com.retention.jobs.partitioning.remote;

import com.retention.jobs.RetentionApplication;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application instance with remote partitioning on, beside the test's own context on the same
 * PostgreSQL: a node of its own (own pool, own job operator, own range workers), as a second machine
 * would be, named {@code name} in the ranges it runs.
 */
final class RemoteNode implements AutoCloseable {

    static final int PARTITIONS = 4;

    private final String name;
    private final ConfigurableApplicationContext context;

    private RemoteNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static RemoteNode start(String name, int workers, String timeout) {
        if (System.getProperty("retention.db.url") == null) {
            TestDatabase.url(); // in the test JVM; a child JVM gets the parent's database as properties
        }
        List<String> args = new ArrayList<>(List.of(
                "--retention.batch.remote.enabled=true",
                "--retention.batch.remote.workers=" + workers,
                "--retention.batch.remote.node=" + name,
                "--retention.batch.remote.poll-interval=100ms",
                "--retention.batch.remote.timeout=" + timeout,
                "--retention.batch.partitions=" + PARTITIONS,
                "--retention.batch.chunk-size=100",
                "--retention.schedule.recover-on-start=false",
                "--retention.progress.interval=0s",
                "--spring.jmx.enabled=false"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RetentionApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        return new RemoteNode(name, context);
    }

    String name() {
        return name;
    }

    JobLaunchService launcher() {
        return context.getBean(JobLaunchService.class);
    }

    JobRepository jobRepository() {
        return context.getBean(JobRepository.class);
    }

    RangeWorkers workers() {
        return context.getBean(RangeWorkers.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
