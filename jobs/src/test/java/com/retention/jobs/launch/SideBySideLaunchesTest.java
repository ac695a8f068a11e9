package com.retention.jobs.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.imports.ImportService;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Different runs started at the same moment all complete: the job repository creates their
 * instances, executions and step executions side by side. (Under Spring Batch's default, SERIALIZABLE
 * for every create, PostgreSQL aborts one of two such transactions with "could not serialize
 * access", seen when serve, two imports, an export and the jobs ran on one home.)
 */
class SideBySideLaunchesTest extends IntegrationTest {

    private static final int RUNS = 6;
    private static final int ROUNDS = 4;

    @TempDir
    Path dir;

    @Autowired
    ImportService imports;

    @Test
    void importsOfDifferentFilesStartedTogetherAllComplete() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RUNS);
        try {
            List<String> failures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(RUNS);
                List<Future<?>> runs = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    Path file = dncFile(round, run);
                    runs.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return imports.importFile("dnc", file, false);
                    }));
                }
                for (Future<?> run : runs) {
                    try {
                        run.get(120, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        failures.add(e.getCause().getMessage());
                    }
                }
            }
            assertThat(failures).as("imports started together").isEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM dnc", Integer.class)).isEqualTo(RUNS * ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private Path dncFile(int round, int run) throws IOException {
        return Files.writeString(dir.resolve("dnc-" + round + "-" + run + ".csv"),
                "phone,reason,added_on\n+7916%07d,asked,2026-11-01\n".formatted(round * RUNS + run));
    }
}
