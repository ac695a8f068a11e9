package com.retention.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.delivery.sms.SmsBench;
import com.retention.jobs.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A measurement, not part of the suite (the name does not match the test includes): what {@code retention
 * bench --sms N} prints, on the test database. Run: {@code ./mvnw -o -pl domain,jobs test
 * -Dtest=SmsThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.sms=10000}.
 */
class SmsThroughputBenchmark extends IntegrationTest {

    @Autowired
    SmsBench bench;

    @Test
    void smsPerSecondToALoopbackSmsc() {
        int n = Integer.getInteger("benchmark.sms", 5000);
        String line = bench.run(n);
        System.out.println(line);
        assertThat(line).startsWith(String.format("SMS bench: %,d submitted", n));
    }
}
