package com.retention.jobs.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An order is fulfilled once the subscriber data shows its new tariff, never before its sale, and only once. */
class OrderFulfilmentTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    OrderFulfilment fulfilment;

    @Test
    void ordersWhoseSubscriberHasTheNewTariffAreFulfilledOnTheDayItIsSeen() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('OLD', 'Old', 600, 'LEGACY'),"
                + " ('NEW', 'New', 450, 'ACTIVE')");
        jdbc.update("INSERT INTO area (area_code, name) VALUES ('MSK', 'Moscow')");
        for (int i = 1; i <= 3; i++) {
            jdbc.update("INSERT INTO account VALUES (?)", "A" + i);
            jdbc.update("""
                    INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status, activated_on)
                    VALUES (?, ?, 'X', ?, 'OLD', 'MSK', 'ACTIVE', DATE '2024-01-01')""", "S" + i, "A" + i, "+7916000000" + i);
            Long candidate = jdbc.queryForObject("""
                    INSERT INTO contact_candidate (business_date, subscriber_id, channel, campaign, step)
                    VALUES (?, ?, 'CALL', 'RETENTION', 'SAVING') RETURNING candidate_id""", Long.class, D, "S" + i);
            String task = "20261123-00000" + i;
            jdbc.update("""
                    INSERT INTO call_task (task_id, business_date, candidate_id, team, rank, subscriber_id, phone, campaign, step,
                                           earliest_utc, latest_utc, local_window)
                    VALUES (?, ?, ?, 'T', ?, ?, ?, 'RETENTION', 'SAVING', now(), now() + interval '1 hour', 'w')""",
                    task, D, candidate, i, "S" + i, "+7916000000" + i);
            jdbc.update("""
                    INSERT INTO tariff_order (order_id, business_date, subscriber_id, from_tariff, to_tariff, accepted_at, task_id)
                    VALUES (?, ?, ?, 'OLD', 'NEW', now(), ?)""", "O-" + task, D, "S" + i, task);
        }
        jdbc.update("UPDATE subscriber SET tariff_code = 'NEW' WHERE subscriber_id IN ('S1', 'S2')");

        assertThat(fulfilment.markFulfilled(D.plusDays(2))).isEqualTo(2);
        jdbc.update("UPDATE subscriber SET tariff_code = 'NEW' WHERE subscriber_id = 'S3'");
        assertThat(fulfilment.markFulfilled(D.minusDays(1))).as("not before the sale").isZero();
        assertThat(fulfilment.markFulfilled(D.plusDays(3))).isOne();
        assertThat(fulfilment.markFulfilled(D.plusDays(4))).as("once").isZero();

        assertThat(jdbc.queryForList("SELECT order_id || ' ' || fulfilled_on FROM tariff_order ORDER BY 1", String.class))
                .containsExactly("O-20261123-000001 2026-11-25", "O-20261123-000002 2026-11-25",
                        "O-20261123-000003 2026-11-26");
    }
}
