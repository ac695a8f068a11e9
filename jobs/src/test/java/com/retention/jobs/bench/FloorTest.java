package com.retention.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The floor moves exactly the flow's inputs and D's outputs, and leaves nothing behind. */
class FloorTest extends IntegrationTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @Autowired
    DataSource dataSource;

    @Test
    void readsEveryInputRowAndWritesEveryOutputRowOfTheDayOnce() {
        assertThat(Cli.run("demo", "--subscribers", "300", "--seed", "5", "--date", DAY.toString(),
                "--out", "target/floor-test-out").exitCode()).isZero();
        // another day's rows are not D's output
        jdbc.update("INSERT INTO churn_score (business_date, subscriber_id, score, band) "
                + "SELECT ?, subscriber_id, 1, 'LOW' FROM subscriber LIMIT 5", DAY.minusDays(1));

        Floor.Result floor = new Floor(dataSource).measure(DAY);

        long inputs = Floor.INPUTS.stream().mapToLong(t -> count("SELECT count(*) FROM " + t)).sum();
        long outputs = Floor.OUTPUTS.stream()
                .mapToLong(t -> count("SELECT count(*) FROM " + t + " WHERE business_date = '" + DAY + "'")).sum();
        assertThat(floor.read().rows()).isEqualTo(inputs).isGreaterThan(300);
        assertThat(floor.write().rows()).isEqualTo(outputs).isPositive();
        assertThat(count("SELECT count(*) FROM call_task WHERE business_date = '" + DAY + "'")).isPositive();
        assertThat(floor.read().bytes()).isPositive();
        assertThat(floor.write().bytes()).isPositive();
        assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'bench_floor_write'")).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
