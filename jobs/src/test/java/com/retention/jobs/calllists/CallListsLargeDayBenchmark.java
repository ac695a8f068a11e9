package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.jobs.calllists.config.ContactProperties;
import com.retention.jobs.calllists.files.FilesMapper;
import com.retention.jobs.calllists.policy.PolicyMapper;
import com.retention.jobs.launch.JobLaunchService;
import com.retention.jobs.launch.JobParametersFactory;
import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.launch.JobOutcome;
import com.retention.jobs.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.reflection.ParamNameResolver;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A measurement, not part of the suite (the name does not match the test includes): a generated
 * operator whose day has about 200 000 candidates, the call-lists job run for real, with the time of
 * each step, rows per second and the heap (peak used, and peak live = old generation after a GC).
 * Run: {@code mvn -o -pl domain,jobs test -Dtest=CallListsLargeDayBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-Xmx512m -Dbenchmark.subscribers=200000}. Add {@code -Dbenchmark.explain=true} (inside argLine) to
 * print the plans of the steps' cursor queries, run against the finished day.
 */
@TestPropertySource(properties = {
        "retention.output=target/call-lists-benchmark-out",
        "retention.teams.lists[RETENTION_B2C].agents=2000",
        "retention.teams.lists[BILLING_B2C].agents=1000",
        "retention.teams.lists[RETENTION_B2B].agents=500",
        "retention.teams.vip-list-capacity=1000"})
class CallListsLargeDayBenchmark extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 25);

    @Autowired
    JobLaunchService launcher;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    DataSource dataSource;

    @Autowired
    OperatorProperties operatorProperties;

    @Autowired
    ContactProperties contact;

    @Autowired
    ContactPolicyConfig policyConfig;

    @Test
    void largeDay() throws Exception {
        int n = Integer.getInteger("benchmark.subscribers", 200_000);
        long t0 = System.nanoTime();
        generate(n);
        System.out.printf("generated %,d subscribers in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

        HeapSampler heap = new HeapSampler(Thread.currentThread().getId());
        heap.start();
        JobOutcome outcome = launcher.run("call-lists", D, null, true);
        heap.stopSampling();
        assertThat(outcome.succeeded()).as(outcome.describe()).isTrue();

        long candidates = count("SELECT count(*) FROM contact_candidate WHERE business_date = '2026-11-25'");
        long tasks = count("SELECT count(*) FROM call_task WHERE business_date = '2026-11-25'");
        long notifications = count("SELECT count(*) FROM notification WHERE business_date = '2026-11-25'");
        System.out.println(outcome.describe());
        outcome.execution().getStepExecutions().forEach(s -> {
            double seconds = Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
            long rows = switch (s.getStepName()) {
                case "files" -> tasks + notifications;
                default -> candidates;
            };
            double cpu = heap.cpuSeconds(s.getStartTime(), s.getEndTime());
            System.out.printf("step %-10s %8.1f s  %,10.0f rows/s (%,d rows), job thread cpu %.1f s%n", s.getStepName(),
                    seconds, rows / seconds, rows, cpu);
        });
        System.out.printf("candidates %,d, call tasks %,d, notifications %,d%n", candidates, tasks, notifications);
        System.out.printf("heap: max %,d MB, peak used %,d MB, peak live (old gen after GC) %,d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed.get() >> 20, heap.peakLive.get() >> 20);
        assertThat(candidates).isGreaterThan(n / 2);
        if (Boolean.getBoolean("benchmark.explain")) {
            CallListDay day = CallListDay.of(JobParametersFactory.businessDay(
                    outcome.execution().getJobParameters(), operatorProperties), contact.carryOverMaxDays());
            explain(PolicyMapper.class, "selectDay", day,
                    day.date().minusDays(Math.max(0, policyConfig.complaintCooldownDays() - 1L)), false);
            explain(PolicyMapper.class, "selectContacts", day, "LISTED", false);
            explain(FilesMapper.class, "callTasks", day.date(), null);
        }
    }

    /** EXPLAIN ANALYZE of a mapper's select, the arguments bound the way MyBatis binds them. */
    private void explain(Class<?> mapper, String method, Object... args) throws Exception {
        Method call = Arrays.stream(mapper.getMethods()).filter(m -> m.getName().equals(method)).findFirst().orElseThrow();
        Object parameters = new ParamNameResolver(sessions.getConfiguration(), call).getNamedParams(args);
        String statement = mapper.getName() + "." + method;
        MappedStatement mapped = sessions.getConfiguration().getMappedStatement(statement);
        BoundSql bound = mapped.getBoundSql(parameters);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + bound.getSql())) {
            new DefaultParameterHandler(mapped, parameters, bound).setParameters(explain);
            System.out.println("=== " + statement);
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private void generate(int n) {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES "
                + "('OLD_M', 'Old M', 700, 'LEGACY'), ('SMART_M', 'Smart M', 500, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind, timezone) VALUES "
                + "('RU', 'Russia', NULL, 'REGION', 'Europe/Moscow'), ('MOW', 'Moscow', 'RU', 'CITY', NULL), "
                + "('VVO', 'Vladivostok', 'RU', 'CITY', 'Asia/Vladivostok'), ('VVO-1', 'District', 'VVO', 'DISTRICT', NULL), "
                + "('KGD', 'Kaliningrad', 'RU', 'CITY', 'Europe/Kaliningrad')");
        jdbc.update("INSERT INTO account SELECT 'A' || g FROM generate_series(1, ?) g", n);
        // ~5 % of numbers are shared by two subscribers; 1 in 10 has no call consent; 1 in 500 a VIP.
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                                        activated_on, consent_calls, segment, personal_manager)
                SELECT 'S' || lpad(g::text, 8, '0'), 'A' || g, 'Иванова Анна Сергеевна ' || g,
                       '+7916' || lpad((g % (? * 95 / 100))::text, 7, '0'), 'OLD_M',
                       (ARRAY['MOW', 'VVO-1', 'KGD'])[1 + g % 3], 'ACTIVE', '2024-01-01', g % 10 <> 0,
                       CASE WHEN g % 500 = 0 THEN 'VIP' WHEN g % 20 = 0 THEN 'B2B' ELSE 'B2C' END,
                       CASE WHEN g % 500 = 0 THEN 'Manager' || (g % 7) END
                FROM generate_series(1, ?) g""", n, n);
        jdbc.update("""
                INSERT INTO usage_month (subscriber_id, month, charged)
                SELECT 'S' || lpad(g::text, 8, '0'), m, 300 + g % 900
                FROM generate_series(1, ?) g, unnest(ARRAY[DATE '2026-08-01', DATE '2026-09-01', DATE '2026-10-01']) m""", n);
        jdbc.update("""
                INSERT INTO churn_score (business_date, subscriber_id, score, band)
                SELECT DATE '2026-11-25', 'S' || lpad(g::text, 8, '0'), g % 101, 'MEDIUM' FROM generate_series(1, ?) g""", n);
        jdbc.update("""
                INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, current_cost,
                                   offer_cost, monthly_saving, churn_score, churn_band, valid_until)
                SELECT DATE '2026-11-25', 'S' || lpad(g::text, 8, '0'), 'OLD_M', 'SMART_M', 'SAVING', 700, 500, 200,
                       g % 101, 'HIGH', DATE '2026-12-25'
                FROM generate_series(1, ?) g WHERE g % 5 < 3""", n);
        jdbc.update("""
                INSERT INTO dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due,
                                          oldest_due_on, step)
                SELECT DATE '2026-11-25', 'A' || g, 'S' || lpad(g::text, 8, '0'), 100 + g % 20000, 3 + g % 40,
                       DATE '2026-11-25' - (3 + g % 40),
                       CASE WHEN 3 + g % 40 <= 5 THEN 'REMINDER_SMS' WHEN 3 + g % 40 <= 14 THEN 'REMINDER_CALL'
                            WHEN 3 + g % 40 <= 29 THEN 'SUSPENSION_WARNING' ELSE 'COLLECTIONS' END
                FROM generate_series(1, ?) g WHERE g % 4 = 0""", n);
        jdbc.update("INSERT INTO outage (outage_id, area_code, kind, starts_at) VALUES "
                + "('OUT-1', 'KGD', 'UNPLANNED', '2026-11-24T15:00:00Z')");
        jdbc.update("""
                INSERT INTO outage_notice (outage_id, subscriber_id, kind, business_date, decided_at)
                SELECT 'OUT-1', 'S' || lpad(g::text, 8, '0'), 'INCIDENT', DATE '2026-11-25', now()
                FROM generate_series(1, ?) g WHERE g % 3 = 2 AND g % 5 = 0""", n);
        jdbc.update("""
                INSERT INTO target (campaign_code, subscriber_id, offer_tariff_code, note)
                SELECT 'WINTER', 'S' || lpad(g::text, 8, '0'), 'SMART_M', 'Скидка 20 %'
                FROM generate_series(1, ?) g WHERE g % 10 = 7""", n);
        jdbc.execute("ANALYZE");
    }

    /**
     * Samples heap use every 100 ms (the old generation's usage after its last collection approximates
     * the live set) and the CPU time of the thread running the job: on a shared machine the wall clock
     * mostly measures the neighbours, the job thread's CPU is its own cost (the database's is not in it).
     */
    static final class HeapSampler extends Thread {
        final AtomicLong peakUsed = new AtomicLong();
        final AtomicLong peakLive = new AtomicLong();
        private final long jobThread;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final NavigableMap<LocalDateTime, Long> cpu = new ConcurrentSkipListMap<>();
        private volatile boolean running = true;

        HeapSampler(long jobThread) {
            this.jobThread = jobThread;
            setDaemon(true);
        }

        /** CPU seconds of the job thread between two instants (to the nearest 100 ms sample). */
        double cpuSeconds(LocalDateTime from, LocalDateTime to) {
            Map.Entry<LocalDateTime, Long> start = cpu.floorEntry(from);
            Map.Entry<LocalDateTime, Long> end = cpu.ceilingEntry(to);
            start = start != null ? start : cpu.firstEntry();
            end = end != null ? end : cpu.lastEntry();
            return (end.getValue() - start.getValue()) / 1e9;
        }

        @Override
        public void run() {
            while (running) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() != MemoryType.HEAP) {
                        continue;
                    }
                    used += pool.getUsage().getUsed();
                    if (pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
                        peakLive.accumulateAndGet(pool.getCollectionUsage().getUsed(), Math::max);
                    }
                }
                peakUsed.accumulateAndGet(used, Math::max);
                cpu.put(LocalDateTime.now(), threads.getThreadCpuTime(jobThread));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }
    }
}
