package com.retention.jobs.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.BatchMetadata;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.support.TestOperator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dunning job end to end, D = 2026-11-23: data up to D-1, FIFO, steps, pauses, the contact. */
class DunningJobTest extends IntegrationTest {

    static final LocalDate SINCE = LocalDate.parse("2020-01-01");

    @BeforeEach
    void operator() {
        BatchMetadata.forget(jdbc);
        TestOperator op = new TestOperator(jdbc);
        op.flatTariff("T", "ACTIVE", "300").area("R", null);
        // A1: 300 due 1 Oct, 300 due 1 Nov, 400 paid: the first is settled, 200 left of the second,
        // 22 days past due; the contact is the lowest ACTIVE subscriber (S0 is terminated)
        op.subscriber("S0", "A1", "T", "R", "B2C", SINCE).status("S0", "TERMINATED")
                .subscriber("S1b", "A1", "T", "R", "B2C", SINCE).subscriber("S1a", "A1", "T", "R", "B2C", SINCE)
                .invoice("I11", "A1", "2026-09-20", "2026-10-01", "300")
                .invoice("I12", "A1", "2026-10-20", "2026-11-01", "300")
                .payment("P11", "A1", "2026-10-20", "400");
        // A2: 99 overdue is left alone
        op.subscriber("S2", "A2", "T", "R", "B2C", SINCE).invoice("I2", "A2", "2026-11-10", "2026-11-20", "99");
        // A3: exactly 100, due D-1: 1 day, REMINDER_SMS
        op.subscriber("S3", "A3", "T", "R", "B2C", SINCE).invoice("I3", "A3", "2026-11-12", "2026-11-22", "100");
        // A4: due on D is not overdue yet
        op.subscriber("S4", "A4", "T", "R", "B2C", SINCE).invoice("I4", "A4", "2026-11-13", "2026-11-23", "500");
        // A5: 6 days past due; the payment made on D is not seen yet
        op.subscriber("S5", "A5", "T", "R", "B2C", SINCE).invoice("I5", "A5", "2026-11-07", "2026-11-17", "500")
                .payment("P5", "A5", "2026-11-23", "500");
        // A6: 30 days past due: COLLECTIONS, but a promise to pay pauses it through D
        op.subscriber("S6", "A6", "T", "R", "B2C", SINCE).invoice("I6", "A6", "2026-10-14", "2026-10-24", "700");
        jdbc.update("INSERT INTO dunning_pause (account_id, paused_until, reason, task_id) "
                + "VALUES ('A6', DATE '2026-11-23', 'PROMISE_TO_PAY', '20261120-000001')");
        // A7: nobody active to contact: no case
        op.subscriber("S7", "A7", "T", "R", "B2C", SINCE).status("S7", "TERMINATED")
                .invoice("I7", "A7", "2026-10-14", "2026-10-24", "700");
        // A8: 29 days: SUSPENSION_WARNING; paid in full before: A9 has nothing overdue
        op.subscriber("S8", "A8", "T", "R", "B2C", SINCE).invoice("I8", "A8", "2026-10-15", "2026-10-25", "150");
        op.subscriber("S9", "A9", "T", "R", "B2C", SINCE).invoice("I9", "A9", "2026-10-15", "2026-10-25", "150")
                .payment("P9", "A9", "2026-10-25", "150");
    }

    @Test
    void overdueAccountsGetTheirStep() {
        Cli.Result result = Cli.run("run", "dunning", "--date", "2026-11-23");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cases()).containsExactly(
                "A1 S1a 200.00 22 2026-11-01 SUSPENSION_WARNING false",
                "A3 S3 100.00 1 2026-11-22 REMINDER_SMS false",
                "A5 S5 500.00 6 2026-11-17 REMINDER_CALL false",
                "A6 S6 700.00 30 2026-10-24 COLLECTIONS true",
                "A8 S8 150.00 29 2026-10-25 SUSPENSION_WARNING false");
    }

    @Test
    void aRerunLeavesTheSameCases() {
        assertThat(Cli.run("run", "dunning", "--date", "2026-11-23").exitCode()).isZero();
        List<Map<String, Object>> first = jdbc.queryForList("SELECT * FROM dunning_case ORDER BY account_id");

        assertThat(Cli.run("run", "dunning", "--date", "2026-11-23", "--rerun").exitCode()).isZero();

        assertThat(jdbc.queryForList("SELECT * FROM dunning_case ORDER BY account_id")).isEqualTo(first).hasSize(5);
    }

    private List<String> cases() {
        return jdbc.query("SELECT * FROM dunning_case WHERE business_date = DATE '2026-11-23' ORDER BY account_id",
                (rs, n) -> String.join(" ", rs.getString("account_id"), rs.getString("subscriber_id"),
                        rs.getString("overdue_amount"), rs.getString("days_past_due"), rs.getString("oldest_due_on"),
                        rs.getString("step"), String.valueOf(rs.getBoolean("paused"))));
    }
}
