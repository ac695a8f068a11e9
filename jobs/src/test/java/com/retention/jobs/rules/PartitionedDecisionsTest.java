package com.retention.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partitioning changes how the decisions are computed, never what they are: scoring, offers and
 * dunning in one range and in three ranges side by side leave identical tables (offer_id aside: a
 * generated key numbers offers in the order the ranges commit).
 */
class PartitionedDecisionsTest extends IntegrationTest {

    static final String D = "2026-11-23";
    static final List<String> JOBS = List.of("scoring", "offers", "dunning");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        GeneratedOperator.create(jdbc, 3_000);
    }

    @Test
    void oneAndThreePartitionsGiveIdenticalTables() {
        Map<String, List<Map<String, Object>>> one = runAll(1, false);
        jdbc.update("DELETE FROM offer");
        jdbc.update("DELETE FROM churn_score");
        jdbc.update("DELETE FROM dunning_case");

        Map<String, List<Map<String, Object>>> three = runAll(3, true);

        assertThat(three).isEqualTo(one);
        one.forEach((table, rows) -> assertThat(rows).as(table).hasSizeGreaterThan(500));
        for (String job : JOBS) {
            List<Long> reads = jdbc.queryForList("""
                    SELECT read_count FROM batch_step_execution
                    WHERE step_name LIKE ? AND job_execution_id = (
                        SELECT max(job_execution_id) FROM batch_step_execution WHERE step_name LIKE ?)
                    ORDER BY step_name
                    """, Long.class, job + "Partition:%", job + "Partition:%");
            assertThat(reads).as(job + ": three ranges, none of them empty").hasSize(3).allMatch(n -> n > 0);
        }
    }

    private Map<String, List<Map<String, Object>>> runAll(int partitions, boolean rerun) {
        for (String job : JOBS) {
            Cli.Result result = rerun
                    ? Cli.run("run", job, "--date", D, "--rerun", "--retention.batch.partitions=" + partitions)
                    : Cli.run("run", job, "--date", D, "--retention.batch.partitions=" + partitions);
            assertThat(result.exitCode()).as(job + " with " + partitions + " partitions: " + result.err()).isZero();
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("churn_score", jdbc.queryForList("SELECT * FROM churn_score ORDER BY subscriber_id"));
        List<Map<String, Object>> offers = jdbc.queryForList("SELECT * FROM offer ORDER BY subscriber_id");
        offers.forEach(row -> row.remove("offer_id"));
        tables.put("offer", offers);
        tables.put("dunning_case", jdbc.queryForList("SELECT * FROM dunning_case ORDER BY account_id"));
        return tables;
    }
}
