-- The nightly decisions of scoring, offers and dunning as a DBA would write them: one set-based
-- SQL script, no loops, no per-row functions. `retention bench` runs it step by step (a line
-- "-- @step NAME" starts a step) on the same data as the flow and compares the results; the rules
-- are those of the README as the domain module implements them (domain/.../scoring, offers, dunning).
--
-- Parameters are psql variables (:'name'), so the script also runs by hand:
--   psql -v d=2026-11-23 -v zone=Europe/Moscow -v lookback_days=90 ... -f baseline.sql
-- The bench fills them from config/retention.yml, so an overridden rule is the same rule here.
--
-- Results go to bench_churn_score, bench_offer and bench_dunning_case (never the product tables);
-- each step rebuilds its table, so the script can run again. Scratch tables are TEMP.
-- Every step computes what it needs itself, as the flow's jobs do, so per-step times compare.

-- A nightly script gets memory for its sorts and hashes; the default 4MB spills to disk.
SET work_mem = '64MB';

-- @step scoring
DROP TABLE IF EXISTS bench_churn_score;
CREATE TABLE bench_churn_score (
    business_date date     NOT NULL,
    subscriber_id text     NOT NULL,
    score         smallint NOT NULL,
    band          text     NOT NULL,
    reasons       text     NOT NULL,
    PRIMARY KEY (business_date, subscriber_id)
);

-- Projected monthly cost of every active subscriber's current tariff and of each candidate
-- (ACTIVE, same segment and technology, not the current one) over the last full months before D's
-- month: average of fee + overage per month, rounded once at the end (to 10 places, then money
-- HALF_UP, as TariffCostProjector does). No usage in the window: the bare fee. NULL allowance =
-- unlimited, so no overage.
DROP TABLE IF EXISTS tmp_projection;
CREATE TEMP TABLE tmp_projection AS
WITH window_usage AS (
    SELECT u.subscriber_id, u.voice_minutes, u.sms, u.data_gb
    FROM usage_month u
    WHERE u.month >= (date_trunc('month', :'d'::date) - make_interval(months => :'usage_months'::int))::date
      AND u.month < date_trunc('month', :'d'::date)::date
),
considered AS (
    SELECT s.subscriber_id, c.tariff_code, c.tariff_code = cur.tariff_code AS is_current
    FROM subscriber s
    JOIN tariff cur ON cur.tariff_code = s.tariff_code
    JOIN tariff c ON c.tariff_code = cur.tariff_code
                  OR (c.status = 'ACTIVE' AND c.segment = cur.segment AND c.technology = cur.technology)
    WHERE s.status = 'ACTIVE'
)
SELECT c.subscriber_id, c.tariff_code, c.is_current,
       CASE WHEN count(u.subscriber_id) = 0 THEN round(t.monthly_fee, 2)
            ELSE round(round(sum(t.monthly_fee
                    + CASE WHEN t.included_minutes IS NULL THEN 0
                           ELSE greatest(u.voice_minutes - t.included_minutes, 0) * t.minute_price END
                    + CASE WHEN t.included_sms IS NULL THEN 0
                           ELSE greatest(u.sms - t.included_sms, 0) * t.sms_price END
                    + CASE WHEN t.included_data_gb IS NULL THEN 0
                           ELSE greatest(u.data_gb - t.included_data_gb, 0) * t.gb_price END)
                 / count(u.subscriber_id), 10), 2)
       END AS cost
FROM considered c
JOIN tariff t ON t.tariff_code = c.tariff_code
LEFT JOIN window_usage u ON u.subscriber_id = c.subscriber_id
GROUP BY c.subscriber_id, c.tariff_code, c.is_current, t.monthly_fee;

INSERT INTO bench_churn_score (business_date, subscriber_id, score, band, reasons)
WITH p AS (
    SELECT :'d'::date AS d,
           (:'d'::date)::timestamp AT TIME ZONE :'zone' AS ref,                                  -- D 00:00 local
           (:'d'::date - :'lookback_days'::int)::timestamp AT TIME ZONE :'zone' AS lookback_start, -- D-90 00:00
           (date_trunc('month', :'d'::date) - interval '1 month')::date AS last_month
),
-- OVERPAYING: share of the current cost the cheapest candidate saves, HALF_UP at 4 places.
saving AS (
    SELECT x.subscriber_id,
           CASE WHEN x.current_cost > 0 AND x.best_cost < x.current_cost
                THEN round((x.current_cost - x.best_cost) / x.current_cost, 4) ELSE 0 END AS share
    FROM (SELECT subscriber_id,
                 max(cost) FILTER (WHERE is_current) AS current_cost,
                 min(cost) FILTER (WHERE NOT is_current) AS best_cost
          FROM tmp_projection GROUP BY subscriber_id) x
),
-- USAGE_DROP: last full month vs the three before it, all four months known, prior sum > 0;
-- last <= avg * (1 - share) compared as last * 3 <= sum * (1 - share), exactly.
charges AS (
    SELECT u.subscriber_id,
           max(u.charged) FILTER (WHERE u.month = p.last_month) AS last_charged,
           count(*) FILTER (WHERE u.month < p.last_month) AS prior_months,
           sum(u.charged) FILTER (WHERE u.month < p.last_month) AS prior_sum
    FROM usage_month u CROSS JOIN p
    WHERE u.month BETWEEN (p.last_month - interval '3 months')::date AND p.last_month
    GROUP BY u.subscriber_id
),
-- COMPLAINTS: tickets opened in [D-90 00:00, D 00:00).
tickets AS (
    SELECT t.subscriber_id, count(*) AS opened, bool_or(t.category = 'COMPLAINT') AS complaint
    FROM ticket t CROSS JOIN p
    WHERE t.opened_at >= p.lookback_start AND t.opened_at < p.ref
    GROUP BY t.subscriber_id
),
-- TERMINATION_REQUEST: a request to leave (save_request_categories) open at D 00:00.
save_requests AS (
    SELECT DISTINCT r.subscriber_id
    FROM ticket r CROSS JOIN p
    WHERE r.category = ANY (string_to_array(:'save_request_categories', ','))
      AND r.opened_at < p.ref AND (r.closed_at IS NULL OR r.closed_at >= p.ref)
),
-- OUTAGE_HIT: outages on an area or any ancestor, clipped to the lookback; the end that counts is
-- ended_at, else a PLANNED one's expected end, and only if it is not after D 00:00 (else it runs to
-- D 00:00). Overlaps count once: islands of overlapping spans per area, summed, whole minutes.
spans AS (
    SELECT l.area_code,
           greatest(o.starts_at, p.lookback_start) AS s,
           CASE WHEN eff.end_at IS NOT NULL AND eff.end_at <= p.ref THEN eff.end_at ELSE p.ref END AS e
    FROM outage o
    CROSS JOIN p
    CROSS JOIN LATERAL (SELECT coalesce(o.ended_at, CASE WHEN o.kind = 'PLANNED' THEN o.expected_end_at END)
                        AS end_at) eff
    JOIN area_lineage l ON l.ancestor_code = o.area_code
    WHERE o.starts_at < p.ref
),
spans_ordered AS (
    SELECT area_code, s, e,
           max(e) OVER (PARTITION BY area_code ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
               AS covered_until
    FROM spans WHERE s < e
),
islands AS (
    SELECT area_code, s, e,
           count(*) FILTER (WHERE covered_until IS NULL OR s > covered_until)
               OVER (PARTITION BY area_code ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
    FROM spans_ordered
),
exposure AS (
    SELECT area_code, floor(extract(epoch FROM sum(len)) / 60) AS minutes
    FROM (SELECT area_code, island, max(e) - min(s) AS len FROM islands GROUP BY area_code, island) x
    GROUP BY area_code
),
-- LATE_PAYER, FIFO as of D-1 with cumulative sums: invoices oldest first (due, issued, id),
-- payments in the order made (paid, id). An invoice is (partly) unpaid while its cumulative end
-- exceeds everything paid; a payment's money starts settling the invoice whose cumulative range
-- holds the payment's cumulative start, and that oldest invoice it touches is the latest it pays.
inv AS (
    SELECT i.account_id, i.due_on, i.amount,
           sum(i.amount) OVER (PARTITION BY i.account_id ORDER BY i.due_on, i.issued_on, i.invoice_id COLLATE "C"
                               ROWS UNBOUNDED PRECEDING) AS cum_end
    FROM invoice i CROSS JOIN p
    WHERE i.due_on < p.d AND i.issued_on < p.d
),
pay AS (
    SELECT y.account_id, y.paid_on, y.amount,
           sum(y.amount) OVER (PARTITION BY y.account_id ORDER BY y.paid_on, y.payment_id COLLATE "C"
                               ROWS UNBOUNDED PRECEDING) AS cum_end
    FROM payment y CROSS JOIN p
    WHERE y.paid_on < p.d
),
paid AS (
    SELECT account_id, max(cum_end) AS total FROM pay GROUP BY account_id
),
overdue AS (
    SELECT i.account_id, bool_or(i.cum_end > coalesce(pd.total, 0)) AS overdue_now
    FROM inv i LEFT JOIN paid pd ON pd.account_id = i.account_id
    GROUP BY i.account_id
),
lateness AS (
    SELECT y.account_id, max(greatest(y.paid_on - i.due_on, 0)) AS max_days_late
    FROM pay y
    CROSS JOIN p
    JOIN inv i ON i.account_id = y.account_id
              AND i.cum_end - i.amount <= y.cum_end - y.amount AND y.cum_end - y.amount < i.cum_end
    WHERE y.paid_on >= p.d - :'lookback_days'::int
    GROUP BY y.account_id
),
signals AS (
    SELECT s.subscriber_id,
           t.status = 'LEGACY' AS legacy_tariff,
           coalesce(sv.share, 0) >= :'overpaying_min_saving_share'::numeric AS overpaying,
           coalesce(ch.last_charged IS NOT NULL AND ch.prior_months = 3 AND ch.prior_sum > 0
                    AND ch.last_charged * 3 <= ch.prior_sum * (1 - :'usage_drop_min_share'::numeric), false)
               AS usage_drop,
           coalesce(tk.opened >= :'complaints_min_tickets'::int OR tk.complaint, false) AS complaints,
           coalesce(ex.minutes, 0) >= :'outage_min_minutes'::int AS outage_hit,
           coalesce(od.overdue_now, false) OR coalesce(lt.max_days_late, 0) >= :'late_payment_min_days'::int
               AS late_payer,
           p.d < (s.activated_on + make_interval(months => :'short_tenure_months'::int))::date AS short_tenure,
           sr.subscriber_id IS NOT NULL AS termination_request
    FROM subscriber s
    CROSS JOIN p
    JOIN tariff t ON t.tariff_code = s.tariff_code
    LEFT JOIN saving sv ON sv.subscriber_id = s.subscriber_id
    LEFT JOIN charges ch ON ch.subscriber_id = s.subscriber_id
    LEFT JOIN tickets tk ON tk.subscriber_id = s.subscriber_id
    LEFT JOIN exposure ex ON ex.area_code = s.area_code
    LEFT JOIN overdue od ON od.account_id = s.account_id
    LEFT JOIN lateness lt ON lt.account_id = s.account_id
    LEFT JOIN save_requests sr ON sr.subscriber_id = s.subscriber_id
    WHERE s.status = 'ACTIVE'
),
-- A signal with weight 0 is off: no points, no reason code. Reasons in ReasonCode order.
weighted AS (
    SELECT subscriber_id,
           CASE WHEN legacy_tariff THEN :'legacy_tariff_weight'::int ELSE 0 END
         + CASE WHEN overpaying THEN :'overpaying_weight'::int ELSE 0 END
         + CASE WHEN usage_drop THEN :'usage_drop_weight'::int ELSE 0 END
         + CASE WHEN complaints THEN :'complaints_weight'::int ELSE 0 END
         + CASE WHEN outage_hit THEN :'outage_hit_weight'::int ELSE 0 END
         + CASE WHEN late_payer THEN :'late_payer_weight'::int ELSE 0 END
         + CASE WHEN short_tenure THEN :'short_tenure_weight'::int ELSE 0 END
         + CASE WHEN termination_request THEN :'termination_request_weight'::int ELSE 0 END AS points,
           concat_ws(';',
               CASE WHEN legacy_tariff AND :'legacy_tariff_weight'::int > 0 THEN 'LEGACY_TARIFF' END,
               CASE WHEN overpaying AND :'overpaying_weight'::int > 0 THEN 'OVERPAYING' END,
               CASE WHEN usage_drop AND :'usage_drop_weight'::int > 0 THEN 'USAGE_DROP' END,
               CASE WHEN complaints AND :'complaints_weight'::int > 0 THEN 'COMPLAINTS' END,
               CASE WHEN outage_hit AND :'outage_hit_weight'::int > 0 THEN 'OUTAGE_HIT' END,
               CASE WHEN late_payer AND :'late_payer_weight'::int > 0 THEN 'LATE_PAYER' END,
               CASE WHEN short_tenure AND :'short_tenure_weight'::int > 0 THEN 'SHORT_TENURE' END,
               CASE WHEN termination_request AND :'termination_request_weight'::int > 0 THEN 'TERMINATION_REQUEST' END)
               AS reasons
    FROM signals
)
SELECT :'d'::date, subscriber_id, least(points::bigint, :'cap'::int) AS score,
       CASE WHEN least(points::bigint, :'cap'::int) >= :'high_from'::int THEN 'HIGH'
            WHEN least(points::bigint, :'cap'::int) >= :'medium_from'::int THEN 'MEDIUM'
            ELSE 'LOW' END,
       reasons
FROM weighted;

-- @step offers
DROP TABLE IF EXISTS bench_offer;
CREATE TABLE bench_offer (
    business_date  date          NOT NULL,
    subscriber_id  text          NOT NULL,
    campaign       text          NOT NULL,
    current_tariff text          NOT NULL,
    offer_tariff   text          NOT NULL,
    offer_type     text          NOT NULL,
    current_cost   numeric(12,2) NOT NULL,
    offer_cost     numeric(12,2) NOT NULL,
    monthly_saving numeric(12,2) NOT NULL,
    churn_score    smallint,
    churn_band     text,
    reasons        text          NOT NULL,
    valid_until    date          NOT NULL,
    PRIMARY KEY (business_date, subscriber_id)
);

-- The same projection as for scoring (the flow's offers job projects again too).
DROP TABLE IF EXISTS tmp_projection;
CREATE TEMP TABLE tmp_projection AS
WITH window_usage AS (
    SELECT u.subscriber_id, u.voice_minutes, u.sms, u.data_gb
    FROM usage_month u
    WHERE u.month >= (date_trunc('month', :'d'::date) - make_interval(months => :'usage_months'::int))::date
      AND u.month < date_trunc('month', :'d'::date)::date
),
considered AS (
    SELECT s.subscriber_id, c.tariff_code, c.tariff_code = cur.tariff_code AS is_current
    FROM subscriber s
    JOIN tariff cur ON cur.tariff_code = s.tariff_code
    JOIN tariff c ON c.tariff_code = cur.tariff_code
                  OR (c.status = 'ACTIVE' AND c.segment = cur.segment AND c.technology = cur.technology)
    WHERE s.status = 'ACTIVE'
)
SELECT c.subscriber_id, c.tariff_code, c.is_current,
       CASE WHEN count(u.subscriber_id) = 0 THEN round(t.monthly_fee, 2)
            ELSE round(round(sum(t.monthly_fee
                    + CASE WHEN t.included_minutes IS NULL THEN 0
                           ELSE greatest(u.voice_minutes - t.included_minutes, 0) * t.minute_price END
                    + CASE WHEN t.included_sms IS NULL THEN 0
                           ELSE greatest(u.sms - t.included_sms, 0) * t.sms_price END
                    + CASE WHEN t.included_data_gb IS NULL THEN 0
                           ELSE greatest(u.data_gb - t.included_data_gb, 0) * t.gb_price END)
                 / count(u.subscriber_id), 10), 2)
       END AS cost
FROM considered c
JOIN tariff t ON t.tariff_code = c.tariff_code
LEFT JOIN window_usage u ON u.subscriber_id = c.subscriber_id
GROUP BY c.subscriber_id, c.tariff_code, c.is_current, t.monthly_fee;

INSERT INTO bench_offer (business_date, subscriber_id, campaign, current_tariff, offer_tariff, offer_type,
                         current_cost, offer_cost, monthly_saving, churn_score, churn_band, reasons, valid_until)
WITH
-- Cool-downs over offers made before D: an OPEN one blocks while made + valid days > D (and it has
-- not passed its valid_until), an ACCEPTED one for 90 days, a DECLINED one for 30 days from the
-- decision day in the operator's zone (or from the day it was made when no decision time is known).
-- Who asked to leave (a request open at D 00:00) is held by the acceptance cool-down only.
save_requests AS (
    SELECT DISTINCT r.subscriber_id
    FROM ticket r
    WHERE r.category = ANY (string_to_array(:'save_request_categories', ','))
      AND r.opened_at < (:'d'::date)::timestamp AT TIME ZONE :'zone'
      AND (r.closed_at IS NULL OR r.closed_at >= (:'d'::date)::timestamp AT TIME ZONE :'zone')
),
blocked AS (
    SELECT DISTINCT o.subscriber_id
    FROM offer o
    WHERE o.business_date < :'d'::date
      AND ((o.status = 'OPEN' AND o.valid_until >= :'d'::date
                AND :'d'::date < o.business_date + :'offer_valid_days'::int
                AND NOT EXISTS (SELECT 1 FROM save_requests sr WHERE sr.subscriber_id = o.subscriber_id))
        OR (o.status = 'ACCEPTED' AND :'d'::date < coalesce((o.decided_at AT TIME ZONE :'zone')::date, o.business_date)
                + :'accepted_cooldown_days'::int)
        OR (o.status = 'DECLINED' AND :'d'::date < coalesce((o.decided_at AT TIME ZONE :'zone')::date, o.business_date)
                + :'declined_cooldown_days'::int
                AND NOT EXISTS (SELECT 1 FROM save_requests sr WHERE sr.subscriber_id = o.subscriber_id)))
),
current_tariff AS (
    SELECT pr.subscriber_id, pr.cost, t.tariff_code, t.status, t.included_data_gb, coalesce(t.speed_mbps, 0) AS speed
    FROM tmp_projection pr JOIN tariff t ON t.tariff_code = pr.tariff_code
    WHERE pr.is_current
),
-- Candidates best first: cheapest; ties: more data (NULL = unlimited = most), more speed, lower fee, code.
ranked AS (
    SELECT pr.subscriber_id, pr.tariff_code, pr.cost, t.included_data_gb, coalesce(t.speed_mbps, 0) AS speed,
           row_number() OVER (PARTITION BY pr.subscriber_id
                              ORDER BY pr.cost, t.included_data_gb DESC NULLS FIRST, coalesce(t.speed_mbps, 0) DESC,
                                       t.monthly_fee, t.tariff_code COLLATE "C") AS rank
    FROM tmp_projection pr JOIN tariff t ON t.tariff_code = pr.tariff_code
    WHERE NOT pr.is_current
),
-- SAVING: the cheapest saves at least the share and the amount (on the rounded costs).
saving AS (
    SELECT c.subscriber_id, r.tariff_code, 'SAVING' AS offer_type, c.cost AS current_cost, r.cost AS offer_cost
    FROM current_tariff c JOIN ranked r ON r.subscriber_id = c.subscriber_id AND r.rank = 1
    WHERE c.cost - r.cost > 0
      AND c.cost - r.cost >= :'min_saving_amount'::numeric
      AND c.cost - r.cost >= c.cost * :'min_saving_share'::numeric
),
-- UPGRADE off a LEGACY tariff: the best candidate no dearer, with as much data and speed.
upgrade AS (
    SELECT DISTINCT ON (c.subscriber_id)
           c.subscriber_id, r.tariff_code, 'UPGRADE' AS offer_type, c.cost AS current_cost, r.cost AS offer_cost
    FROM current_tariff c JOIN ranked r ON r.subscriber_id = c.subscriber_id
    WHERE c.status = 'LEGACY'
      AND r.cost <= c.cost
      AND (r.included_data_gb IS NULL OR (c.included_data_gb IS NOT NULL AND r.included_data_gb >= c.included_data_gb))
      AND r.speed >= c.speed
      AND NOT EXISTS (SELECT 1 FROM saving sv WHERE sv.subscriber_id = c.subscriber_id)
    ORDER BY c.subscriber_id, r.rank
),
decided AS (
    SELECT * FROM saving UNION ALL SELECT * FROM upgrade
)
SELECT :'d'::date, x.subscriber_id, 'RETENTION', c.tariff_code, x.tariff_code, x.offer_type,
       x.current_cost, x.offer_cost, x.current_cost - x.offer_cost,
       cs.score, cs.band, coalesce(cs.reasons, ''), :'d'::date + :'offer_valid_days'::int - 1
FROM decided x
JOIN current_tariff c ON c.subscriber_id = x.subscriber_id
LEFT JOIN bench_churn_score cs ON cs.business_date = :'d'::date AND cs.subscriber_id = x.subscriber_id
WHERE NOT EXISTS (SELECT 1 FROM blocked b WHERE b.subscriber_id = x.subscriber_id);

DROP TABLE IF EXISTS tmp_projection;

-- @step dunning
DROP TABLE IF EXISTS bench_dunning_case;
CREATE TABLE bench_dunning_case (
    business_date  date          NOT NULL,
    account_id     text          NOT NULL,
    subscriber_id  text          NOT NULL,
    overdue_amount numeric(12,2) NOT NULL,
    days_past_due  integer       NOT NULL,
    oldest_due_on  date          NOT NULL,
    step           text          NOT NULL,
    paused         boolean       NOT NULL,
    PRIMARY KEY (business_date, account_id)
);

-- FIFO as of D-1 with cumulative sums: overdue = invoices due minus payments made, and the oldest
-- invoice not fully paid is the first whose cumulative end exceeds everything paid.
INSERT INTO bench_dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due,
                                oldest_due_on, step, paused)
WITH inv AS (
    SELECT i.account_id, i.due_on, i.amount,
           sum(i.amount) OVER (PARTITION BY i.account_id ORDER BY i.due_on, i.issued_on, i.invoice_id COLLATE "C"
                               ROWS UNBOUNDED PRECEDING) AS cum_end
    FROM invoice i
    WHERE i.due_on < :'d'::date AND i.issued_on < :'d'::date
),
paid AS (
    SELECT y.account_id, sum(y.amount) AS total
    FROM payment y
    WHERE y.paid_on < :'d'::date
    GROUP BY y.account_id
),
overdue AS (
    SELECT i.account_id,
           max(i.cum_end) - coalesce(pd.total, 0) AS amount,
           min(i.due_on) FILTER (WHERE i.cum_end > coalesce(pd.total, 0)) AS oldest_due_on
    FROM inv i LEFT JOIN paid pd ON pd.account_id = i.account_id
    GROUP BY i.account_id, pd.total
),
-- The account's contact: its lowest active subscriber_id; no active subscriber, nobody to dun.
contact AS (
    SELECT s.account_id, min(s.subscriber_id) AS subscriber_id
    FROM subscriber s WHERE s.status = 'ACTIVE'
    GROUP BY s.account_id
),
-- A promise to pay or "already paid" keeps the case but marks it paused through paused_until.
paused AS (
    SELECT DISTINCT account_id FROM dunning_pause WHERE paused_until >= :'d'::date
)
SELECT :'d'::date, o.account_id, c.subscriber_id, o.amount, :'d'::date - o.oldest_due_on, o.oldest_due_on,
       CASE WHEN :'d'::date - o.oldest_due_on >= :'collections_from_days'::int THEN 'COLLECTIONS'
            WHEN :'d'::date - o.oldest_due_on >= :'suspension_warning_from_days'::int THEN 'SUSPENSION_WARNING'
            WHEN :'d'::date - o.oldest_due_on >= :'reminder_call_from_days'::int THEN 'REMINDER_CALL'
            ELSE 'REMINDER_SMS' END,
       pz.account_id IS NOT NULL
FROM overdue o
JOIN contact c ON c.account_id = o.account_id
LEFT JOIN paused pz ON pz.account_id = o.account_id
WHERE o.amount >= :'min_overdue_amount'::numeric AND o.amount > 0;
