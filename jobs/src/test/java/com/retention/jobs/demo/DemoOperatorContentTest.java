package com.retention.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The demo operator has something for every rule the nightly jobs apply (D = 2026-11-23, Moscow). */
class DemoOperatorContentTest extends IntegrationTest {

    private static final String T = "timestamptz '2026-11-23 00:00:00+03'";
    private static final String D_MINUS_1 = "date '2026-11-22'";

    @Test
    void theGeneratedOperatorFeedsEveryNightlyRule() {
        assertThat(Cli.run(DemoCommandTest.DEMO).exitCode()).isZero();
        SoftAssertions soft = new SoftAssertions();

        List<String> zones = jdbc.queryForList("""
                SELECT DISTINCT l.timezone FROM subscriber s
                JOIN area_lineage l ON l.area_code = s.area_code AND l.timezone IS NOT NULL
                  AND l.depth = (SELECT max(depth) FROM area_lineage x WHERE x.area_code = s.area_code)
                """, String.class);
        soft.assertThat(zones).as("subscribers in every Russian zone").containsExactlyInAnyOrder("Europe/Kaliningrad",
                "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk",
                "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");
        soft.assertThat(count("area WHERE timezone IS NOT NULL AND kind <> 'REGION'")).as("zones on regions only").isZero();
        soft.assertThat(count("subscriber s JOIN tariff t USING (tariff_code) WHERE t.status = 'LEGACY' AND s.status = 'ACTIVE'"))
                .as("active subscribers on legacy tariffs").isGreaterThan(100);
        soft.assertThat(count("""
                tariff l JOIN tariff a ON a.technology = l.technology AND a.segment = l.segment
                WHERE l.status = 'LEGACY' AND a.status = 'ACTIVE' AND l.technology <> 'MOBILE'
                  AND a.speed_mbps > l.speed_mbps AND a.monthly_fee < l.monthly_fee""")).as("legacy fixed slower and pricier")
                .isPositive();

        Map<String, Long> bands = bandsOfOverdueAccounts();
        soft.assertThat(bands).as("dunning bands").containsKeys("1-5", "6-14", "15-29", "30+");
        soft.assertThat(bands.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        soft.assertThat(count("payment p JOIN invoice i ON 'PAY-' || substr(i.invoice_id, 5) = p.payment_id "
                + "WHERE p.paid_on > i.due_on")).as("late payments").isPositive();

        soft.assertThat(count("outage o WHERE kind = 'PLANNED' AND starts_at > " + T + " AND starts_at <= " + T
                + " + interval '48 hours' AND " + covered("o"))).as("planned outage within 48 h").isPositive();
        soft.assertThat(count("outage o WHERE kind = 'PLANNED' AND starts_at > " + T + " + interval '48 hours'"))
                .as("planned outage later").isPositive();
        soft.assertThat(count("outage o WHERE kind = 'UNPLANNED' AND ended_at IS NULL AND starts_at <= " + T
                + " - interval '30 minutes' AND " + covered("o"))).as("open unplanned outage").isPositive();
        soft.assertThat(count("outage o WHERE kind = 'UNPLANNED' AND ended_at < " + T)).as("ended outages").isPositive();
        soft.assertThat(count("outage WHERE coalesce(ended_at, " + T + ") - starts_at > interval '24 hours'"))
                .as("outages over 24 h").isBetween(2L, 10L);

        soft.assertThat(count("dnc JOIN subscriber USING (phone)")).as("DNC of subscribers").isPositive();
        soft.assertThat(count("dnc d WHERE NOT EXISTS (SELECT 1 FROM subscriber s WHERE s.phone = d.phone)"))
                .as("DNC of strangers").isPositive();
        soft.assertThat(count("(SELECT phone FROM subscriber GROUP BY phone HAVING count(*) > 1) shared"))
                .as("shared phones").isPositive();
        soft.assertThat(count("subscriber WHERE segment = 'VIP'")).as("VIP ~1 %").isBetween(8L, 50L);
        soft.assertThat(count("subscriber WHERE segment = 'VIP' AND personal_manager IS NULL")).isZero();
        soft.assertThat(count("subscriber WHERE segment = 'B2B'")).as("B2B ~10 %").isBetween(120L, 300L);
        soft.assertThat(count("(SELECT account_id FROM subscriber WHERE segment = 'B2B' GROUP BY account_id "
                + "HAVING count(*) > 2) a")).as("B2B accounts with several lines").isPositive();
        soft.assertThat(count("subscriber WHERE consent_calls")).as("calls consent ~40 %").isBetween(600L, 1000L);
        soft.assertThat(count("subscriber WHERE consent_sms")).as("sms consent ~90 %").isBetween(1700L, 1900L);
        soft.assertThat(count("subscriber WHERE activated_on > date '2026-05-23'")).as("short tenure").isPositive();
        soft.assertThat(count("subscriber WHERE status = 'TERMINATED'")).isBetween(10L, 200L);
        soft.assertThat(count("subscriber WHERE status = 'SUSPENDED'")).isBetween(10L, 200L);
        soft.assertThat(count("ticket WHERE category = 'COMPLAINT'")).isPositive();
        soft.assertThat(count("ticket WHERE category = 'NO_SERVICE'")).isPositive();
        soft.assertThat(count("ticket WHERE category IN ('TERMINATION_REQUEST', 'PORT_OUT') AND closed_at IS NULL"))
                .as("requests to leave open at T").isPositive();
        soft.assertThat(count("ticket t JOIN subscriber s USING (subscriber_id) WHERE s.status = 'TERMINATED' "
                + "AND t.category IN ('TERMINATION_REQUEST', 'PORT_OUT')")).as("leavers who asked first").isPositive();
        soft.assertThat(count("ticket WHERE opened_at >= " + T + " OR closed_at >= " + T)).as("no ticket after T").isZero();
        soft.assertThat(count("payment WHERE paid_on > " + D_MINUS_1)).as("no payment after D-1").isZero();
        soft.assertThat(count("invoice WHERE issued_on > " + D_MINUS_1)).as("no invoice after D-1").isZero();
        soft.assertThat(count("""
                subscriber s WHERE s.status = 'ACTIVE' AND s.activated_on < date '2026-05-01'
                  AND (SELECT count(*) FROM usage_month u WHERE u.subscriber_id = s.subscriber_id
                       AND u.month BETWEEN date '2026-07-01' AND date '2026-10-01') < 4""")).as("4 full months").isZero();
        soft.assertThat(count("""
                (SELECT u.subscriber_id FROM usage_month u GROUP BY u.subscriber_id
                 HAVING sum(charged) FILTER (WHERE month = date '2026-10-01')
                        <= 0.6 * avg(charged) FILTER (WHERE month BETWEEN date '2026-07-01' AND date '2026-09-01')) d"""))
                .as("usage drops of 40 %+").isGreaterThan(50);
        soft.assertAll();
    }

    /** Overdue accounts (>= 100) by days past due of the oldest invoice not fully paid, payments oldest first. */
    private Map<String, Long> bandsOfOverdueAccounts() {
        Map<String, Long> bands = new java.util.TreeMap<>();
        jdbc.query("""
                WITH paid AS (SELECT account_id, sum(amount) AS total FROM payment WHERE paid_on <= %1$s GROUP BY account_id),
                due AS (SELECT account_id, due_on,
                               sum(amount) OVER (PARTITION BY account_id ORDER BY due_on, invoice_id) AS running,
                               sum(amount) OVER (PARTITION BY account_id) AS total
                        FROM invoice WHERE due_on <= %1$s),
                open AS (SELECT d.account_id, min(d.due_on) AS oldest, max(d.total - coalesce(p.total, 0)) AS overdue
                         FROM due d LEFT JOIN paid p USING (account_id)
                         WHERE d.running > coalesce(p.total, 0) GROUP BY d.account_id)
                SELECT CASE WHEN %1$s + 1 - oldest <= 5 THEN '1-5' WHEN %1$s + 1 - oldest <= 14 THEN '6-14'
                            WHEN %1$s + 1 - oldest <= 29 THEN '15-29' ELSE '30+' END AS band, count(*) AS n
                FROM open WHERE overdue >= 100 GROUP BY 1
                """.formatted(D_MINUS_1), rs -> {
            bands.put(rs.getString("band"), rs.getLong("n"));
        });
        return bands;
    }

    private static String covered(String outage) {
        return "EXISTS (SELECT 1 FROM area_lineage l JOIN subscriber s ON s.area_code = l.area_code "
                + "WHERE l.ancestor_code = " + outage + ".area_code AND s.status = 'ACTIVE')";
    }

    private long count(String from) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Long.class);
    }
}
