package com.retention.jobs.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A synthetic operator of n subscribers built set-based with generate_series, for restart tests
 * and the benchmark. Business date D = 2026-11-23 (Moscow). Deterministic: the same n gives the
 * same rows. Mix: a third legacy tariffs, usage over and under allowances, a third of accounts
 * with two unpaid bills, tickets, an open outage over the whole region, a long closed one on another, works
 * planned on a third.
 */
public final class GeneratedOperator {

    private GeneratedOperator() {
    }

    public static void create(JdbcTemplate jdbc, int n) {
        jdbc.update("""
                INSERT INTO tariff (tariff_code, name, monthly_fee, status, technology, included_minutes, included_sms,
                    included_data_gb, minute_price, sms_price, gb_price, speed_mbps) VALUES
                ('MOB_S', 'S', 300, 'ACTIVE', 'MOBILE', 200, 100, 5, 2, 1, 50, NULL),
                ('MOB_M', 'M', 450, 'ACTIVE', 'MOBILE', 600, 300, 15, 1.5, 1, 40, NULL),
                ('MOB_L', 'L', 700, 'ACTIVE', 'MOBILE', NULL, NULL, 40, 0, 0, 30, NULL),
                ('MOB_OLD', 'Old', 600, 'LEGACY', 'MOBILE', 300, 100, 3, 3, 2, 100, NULL),
                ('FTTB_100', 'F100', 600, 'LEGACY', 'FTTB', NULL, NULL, NULL, 0, 0, 0, 100),
                ('FTTB_300', 'F300', 580, 'ACTIVE', 'FTTB', NULL, NULL, NULL, 0, 0, 0, 300),
                ('FTTB_500', 'F500', 750, 'ACTIVE', 'FTTB', NULL, NULL, NULL, 0, 0, 0, 500)
                """);
        jdbc.update("INSERT INTO area (area_code, name, parent_code, kind) VALUES ('R', 'Region', NULL, 'REGION')");
        jdbc.update("INSERT INTO area SELECT 'C' || c, 'City ' || c, 'R', 'CITY' FROM generate_series(0, 9) c");
        jdbc.update("INSERT INTO area SELECT 'B' || b, 'Building ' || b, 'C' || (b % 10), 'BUILDING' "
                + "FROM generate_series(0, 999) b");
        jdbc.update("INSERT INTO account SELECT 'A' || lpad(g::text, 8, '0') FROM generate_series(1, ?) g", n);
        jdbc.update("""
                INSERT INTO subscriber (subscriber_id, account_id, full_name, phone, tariff_code, area_code, status,
                    activated_on, segment)
                SELECT 'S' || lpad(g::text, 8, '0'), 'A' || lpad(g::text, 8, '0'), 'Subscriber ' || g,
                       '+7916' || lpad(g::text, 7, '0'),
                       (ARRAY['MOB_OLD', 'MOB_OLD', 'MOB_S', 'MOB_M', 'MOB_L', 'FTTB_100', 'FTTB_300'])[g % 7 + 1],
                       'B' || (g % 1000),
                       CASE WHEN g % 50 = 0 THEN 'TERMINATED' ELSE 'ACTIVE' END,
                       DATE '2020-01-01' + (g % 2500),
                       CASE WHEN g % 20 = 0 THEN 'B2B' ELSE 'B2C' END
                FROM generate_series(1, ?) g
                """, n);
        jdbc.update("""
                INSERT INTO usage_month (subscriber_id, month, charged, voice_minutes, sms, data_gb)
                SELECT 'S' || lpad(g::text, 8, '0'), m,
                       CASE WHEN g % 10 = 0 AND m = DATE '2026-10-01' THEN 100 ELSE 300 + g % 500 END,
                       (g * 37) % 900, (g * 13) % 300, (g * 7) % 30
                FROM generate_series(1, ?) g,
                     generate_series(DATE '2026-07-01', DATE '2026-10-01', interval '1 month') m
                """, n);
        jdbc.update("""
                INSERT INTO invoice (invoice_id, account_id, issued_on, due_on, amount)
                SELECT 'I' || lpad(g::text, 8, '0') || '-' || k, 'A' || lpad(g::text, 8, '0'),
                       (DATE '2026-06-01' + k * interval '1 month')::date - 10,
                       (DATE '2026-06-01' + k * interval '1 month')::date, 400 + g % 300
                FROM generate_series(1, ?) g, generate_series(0, 5) k
                """, n);
        // every third account leaves its last two bills unpaid; the others pay 0..19 days late
        jdbc.update("""
                INSERT INTO payment (payment_id, account_id, paid_on, amount)
                SELECT 'P' || lpad(g::text, 8, '0') || '-' || k, 'A' || lpad(g::text, 8, '0'),
                       (DATE '2026-06-01' + k * interval '1 month')::date + g % 20, 400 + g % 300
                FROM generate_series(1, ?) g, generate_series(0, 5) k
                WHERE g % 3 <> 0 OR k < 4
                """, n);
        jdbc.update("""
                INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category)
                SELECT 'T' || g, 'S' || lpad(g::text, 8, '0'), TIMESTAMPTZ '2026-10-20 10:00+03',
                       CASE WHEN g % 17 = 0 THEN 'COMPLAINT' ELSE 'BILLING' END
                FROM generate_series(1, ?) g WHERE g % 5 = 0 OR g % 17 = 0
                """, n);
        jdbc.update("""
                INSERT INTO outage (outage_id, area_code, kind, starts_at, expected_end_at, ended_at) VALUES
                ('OPEN-R', 'R', 'UNPLANNED', TIMESTAMPTZ '2026-11-22 22:00+03', NULL, NULL),
                ('LONG-C2', 'C2', 'UNPLANNED', TIMESTAMPTZ '2026-11-20 10:00+03', NULL, TIMESTAMPTZ '2026-11-22 10:00+03'),
                ('WORKS-C3', 'C3', 'PLANNED', TIMESTAMPTZ '2026-11-24 02:00+03', TIMESTAMPTZ '2026-11-24 06:00+03', NULL),
                ('OLD-B7', 'B7', 'UNPLANNED', TIMESTAMPTZ '2026-10-01 10:00+03', NULL, TIMESTAMPTZ '2026-10-01 16:00+03')
                """);
        jdbc.execute("ANALYZE");
    }
}
