package com.retention.jobs.partitioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The boundary query on a real PostgreSQL: even cuts, filter applied, and no rows. */
class KeyRangeMapperTest extends IntegrationTest {

    static final KeySpace ACTIVE = new KeySpace("subscriber", "subscriber_id", "status = 'ACTIVE'");

    @Autowired
    KeyRangeMapper mapper;

    @Test
    void cutsTheFilteredKeysIntoPartsOfAboutEqualSize() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status, technology) "
                + "VALUES ('T', 'T', 100, 'ACTIVE', 'MOBILE')");
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind) VALUES ('R', 'R', NULL, 'REGION')");
        jdbc.update("INSERT INTO account SELECT 'A' || g FROM generate_series(1, 900) g");
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on, segment)
                SELECT 'S' || lpad(g::text, 4, '0'), 'A' || g, 'N', '+7916' || lpad(g::text, 7, '0'), 'T', 'R',
                       CASE WHEN g <= 300 THEN 'TERMINATED' ELSE 'ACTIVE' END, DATE '2020-01-01', 'B2C'
                FROM generate_series(1, 900) g
                """);

        List<String> cuts = mapper.boundaries(ACTIVE, 3);

        assertThat(cuts).containsExactly("S0500", "S0700");
        List<KeyRange> ranges = new KeyRangePartitioner(n -> cuts).ranges(3);
        for (KeyRange range : ranges) {
            Integer rows = jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE' "
                    + "AND subscriber_id >= coalesce(?::text, '') AND (?::text IS NULL OR subscriber_id < ?::text)", Integer.class,
                    range.from(), range.to(), range.to());
            assertThat(rows).as(range.toString()).isBetween(199, 201);
        }
        String half = mapper.boundaries(new KeySpace("account", "account_id", null), 2).get(0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE account_id < ?", Integer.class, half))
                .as("accounts below the cut " + half).isEqualTo(449); // percentile_disc(0.5) of 900 = the 450th
    }

    @Test
    void noRowsGiveNoCutsAndOneRangeTakesEverything() {
        List<String> cuts = mapper.boundaries(ACTIVE, 3);

        assertThat(cuts).isEmpty();
        assertThat(new KeyRangePartitioner(n -> cuts).ranges(3).stream().filter(r -> r.contains("S1"))).hasSize(1);
    }

    /** Each range's progress total is its exact row count: the cuts are percentiles of unique keys. */
    @Test
    void thePartitionerGivesEachRangeItsRowCountAsItsProgressTotal() {
        jdbc.update("INSERT INTO account SELECT 'A' || lpad(g::text, 4, '0') FROM generate_series(1, 601) g");
        KeySpace accounts = new KeySpace("account", "account_id", null);
        for (int n : new int[] {1, 2, 3, 7}) {
            var partitions = KeyRangePartitioner.of(mapper, accounts, true).partition(n);
            long sum = 0;
            for (var context : partitions.values()) {
                KeyRange range = KeyRange.of(context);
                Long rows = jdbc.queryForObject("SELECT count(*) FROM account WHERE account_id >= coalesce(?::text, '') "
                        + "AND (?::text IS NULL OR account_id < ?::text)", Long.class, range.from(), range.to(), range.to());
                assertThat(context.getLong(KeyRangePartitioner.EXPECTED_ITEMS))
                        .as(n + " parts, " + range).isEqualTo(rows);
                sum += rows;
            }
            assertThat(sum).isEqualTo(601);
        }
        assertThat(KeyRangePartitioner.of(mapper, accounts, false).partition(2).values())
                .allSatisfy(context -> assertThat(context.containsKey(
                        KeyRangePartitioner.EXPECTED_ITEMS)).as("dunning reads some keys only").isFalse());
    }
}
