package com.retention.jobs.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scoring and offers on a generated operator; prints rows/s, peak heap and the facts query plan.
 * Off by default: {@code mvn -pl domain,jobs test -Dtest=ScoringBenchmark -Dbenchmark.subscribers=100000
 * -DargLine=-Xmx512m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark.subscribers", matches = "\\d+")
class ScoringBenchmark extends IntegrationTest {

    @Autowired
    SqlSessionFactory sqlSessionFactory;

    @Test
    void scoringAndOffersAtScale() throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.subscribers"));
        BatchMetadata.forget(jdbc);
        long t0 = System.nanoTime();
        GeneratedOperator.create(jdbc, n);
        System.out.printf("generated %d subscribers in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        explainFacts();

        for (String job : List.of("scoring", "offers")) {
            System.gc();
            HeapPeak peak = HeapPeak.start();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            Cli.Result result = Cli.run("run", job, "--date", "2026-11-23");
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakMb = peak.stop() / (1024 * 1024);
            double javaCpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            assertThat(result.exitCode()).as(result.err()).isZero();
            long read = jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = ? "
                    + "ORDER BY step_execution_id DESC LIMIT 1", Long.class, job + "Step");
            System.out.printf("%s: %d subscribers read in %.1f s = %.0f rows/s (JVM CPU %.1f s, load average %.1f),"
                    + " peak heap used %d MB (max %d MB)%n%s%n",
                    job, read, seconds, read / seconds, javaCpu, os.getSystemLoadAverage(), peakMb,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), result.out());
            assertThat(read).isEqualTo(jdbc.queryForObject(
                    "SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class));
        }
    }

    private void explainFacts() {
        FactsQuery query = FactsQuery.of(BusinessDay.nightly(LocalDate.parse("2026-11-23"), ZoneId.of("Europe/Moscow")),
                ScoringRules.defaults(), OfferRules.defaults(), true);
        var parameters = query.asParameters();
        BoundSql bound = sqlSessionFactory.getConfiguration().getMappedStatement(FactsMapper.FACTS)
                .getBoundSql(parameters);
        Object[] args = bound.getParameterMappings().stream().map(ParameterMapping::getProperty)
                .map(parameters::get).toArray();
        System.out.println("facts query plan:");
        jdbc.queryForList("EXPLAIN " + bound.getSql(), String.class, args).forEach(System.out::println);
    }

    /** Samples the used heap every 20 ms: the figure that matters for "bounded memory". */
    static final class HeapPeak {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private Thread sampler;

        static HeapPeak start() {
            HeapPeak heap = new HeapPeak();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            heap.sampler = new Thread(() -> {
                while (heap.running.get()) {
                    heap.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            heap.sampler.setDaemon(true);
            heap.sampler.start();
            return heap;
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return peak.get();
        }
    }
}
