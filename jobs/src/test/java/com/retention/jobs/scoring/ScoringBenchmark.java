package com.retention.jobs.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.bench.HeapPeak;
import com.retention.jobs.facts.FactsMapper;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scoring and offers on a generated operator; prints rows/s, peak heap and the facts query plan.
 * Off by default: {@code mvn -pl domain,jobs test -Dtest=ScoringBenchmark -Dbenchmark.subscribers=100000
 * -DargLine=-Xmx512m -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbenchmark.partitions=1,2} compares
 * partition counts on the same data (default: 2). The plan printed is that of the first of two ranges.
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

        // -Dbenchmark.partitions=1,2 measures each setting on the same data, from empty decision tables
        for (String partitions : System.getProperty("benchmark.partitions", "2").split(",")) {
            BatchMetadata.forget(jdbc);
            jdbc.update("DELETE FROM offer");
            jdbc.update("DELETE FROM churn_score");
            for (String job : List.of("scoring", "offers")) {
                measure(job, partitions.trim());
            }
        }
    }

    private void measure(String job, String partitions) throws InterruptedException {
        System.gc();
        long peakMb;
        Cli.Result result;
        double seconds;
        double javaCpu;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        try (HeapPeak peak = HeapPeak.start()) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            result = Cli.run("run", job, "--date", "2026-11-23", "--retention.batch.partitions=" + partitions);
            seconds = (System.nanoTime() - start) / 1e9;
            peakMb = peak.sampledPeak() / (1024 * 1024);
            javaCpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        }
        assertThat(result.exitCode()).as(result.err()).isZero();
        long read = jdbc.queryForObject("SELECT read_count FROM batch_step_execution WHERE step_name = ? "
                + "ORDER BY step_execution_id DESC LIMIT 1", Long.class, job + "Step");
        System.out.printf("%s, %s partition(s): %d subscribers read in %.1f s = %.0f rows/s (JVM CPU %.1f s, "
                + "load average %.1f before, %.1f after), peak heap used %d MB (max %d MB)%n%s%n",
                job, partitions, read, seconds, read / seconds, javaCpu, loadBefore, os.getSystemLoadAverage(), peakMb,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), result.out());
        assertThat(read).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class));
    }

    private void explainFacts() {
        FactsQuery query = FactsQuery.of(BusinessDay.nightly(LocalDate.parse("2026-11-23"), ZoneId.of("Europe/Moscow")),
                ScoringRules.defaults(), OfferRules.defaults(), true);
        // the first of two ranges: below the median subscriber_id
        FactsQuery.Parameters parameters = query.in(new KeyRange(null, jdbc.queryForObject("SELECT percentile_disc(0.5) "
                + "WITHIN GROUP (ORDER BY subscriber_id) FROM subscriber WHERE status = 'ACTIVE'", String.class)));
        BoundSql bound = sqlSessionFactory.getConfiguration()
                .getMappedStatement(FactsMapper.class.getName() + ".facts").getBoundSql(parameters);
        org.apache.ibatis.reflection.MetaObject values = sqlSessionFactory.getConfiguration().newMetaObject(parameters);
        Object[] args = bound.getParameterMappings().stream().map(ParameterMapping::getProperty)
                .map(values::getValue).toArray();
        System.out.println("facts query plan:");
        jdbc.queryForList("EXPLAIN " + bound.getSql(), String.class, args).forEach(System.out::println);
    }
}
