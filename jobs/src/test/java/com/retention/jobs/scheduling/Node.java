package com.retention.jobs.scheduling;

import com.retention.jobs.RetentionApplication;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.quartz.SchedulerException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application instance as {@code serve} runs it, with the application's real nightly flow, a
 * clock the test controls and fast schedules: the nightly fires every 2 s, cluster check-in every
 * second; chunks of 50, so that the small operator of {@link OpsTables} commits several per range.
 */
final class Node implements AutoCloseable {

    /** The nights' files go to a folder of this JVM, not the working directory. */
    private static final Path OUTPUT = tempDir();

    private final ConfigurableApplicationContext context;

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static Node start(Clock clock, String... extraArgs) {
        if (System.getProperty("retention.db.url") == null) {
            TestDatabase.url(); // in the test JVM; a child node gets the parent's database as a property
        }
        List<String> args = new ArrayList<>(List.of(extraArgs));
        for (String standard : arguments()) {
            String key = standard.substring(0, standard.indexOf('=') + 1);
            if (args.stream().noneMatch(a -> a.startsWith(key))) {
                args.add(standard);
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RetentionApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("serve")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        return new Node(context);
    }

    /** What {@code retention serve} does after the context is up. */
    Node serve() {
        try {
            context.getBean(ServeScheduler.class).start();
            return this;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings every test node uses; the child JVM gets the same. */
    static String[] arguments() {
        return new String[] {"--retention.schedule.nightly-cron=0/2 * * * * ?",
                "--retention.schedule.outages-cron=0 0 0 1 1 ? 2099",
                "--retention.schedule.inbox-cron=0 0 0 1 1 ? 2099",
                "--retention.operator.timezone=Europe/Moscow",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
                "--spring.quartz.properties.org.quartz.threadPool.threadCount=2",
                "--spring.jmx.enabled=false",
                "--retention.http.port=0",             // several nodes on one machine: any free ports
                "--management.server.port=0",
                "--retention.progress.interval=0s",
                "--retention.batch.chunk-size=50",
                "--retention.batch.partitions=2",
                "--retention.output=" + OUTPUT};
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JobLaunchService launcher() {
        return bean(JobLaunchService.class);
    }

    JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("retention-node-out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
