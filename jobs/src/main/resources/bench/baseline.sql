-- The nightly decisions of scoring, offers, dunning, outage notices and the call lists' contact
-- policy as a DBA would write them: one set-based SQL script, no loops, no per-row functions.
-- `retention bench` runs it step by step (a line "-- @step NAME" starts a step) on the same data as
-- the flow and compares the results; the rules are those of the README as the domain module
-- implements them (domain/.../scoring, offers, dunning, outages, contact).
--
-- Parameters are psql variables (:'name'), so the script also runs by hand:
--   psql -v d=2026-11-23 -v zone=Europe/Moscow -v lookback_days=90 ... -f baseline.sql
-- The bench fills them from config/retention.yml, so an overridden rule is the same rule here.
--
-- Results go to bench_churn_score, bench_offer, bench_dunning_case, bench_outage_notice,
-- bench_contact_candidate and bench_contact_decision (never the product tables); each step rebuilds
-- its table, so the script can run again. Scratch tables are TEMP.
-- Every step computes what it needs itself, as the flow's jobs do, so per-step times compare. The
-- call-lists step builds D's contact candidates anew (those of a first night: no earlier outcomes,
-- marketing lists or postponed contacts, as the bench's generated operator has) to compare with the
-- job's candidates step, then decides D's candidates as that step wrote them (so candidate ids
-- compare); it writes no call tasks, texts or files.

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

-- @step outages
DROP TABLE IF EXISTS bench_outage_notice;
CREATE TABLE bench_outage_notice (
    outage_id     text        NOT NULL,
    subscriber_id text        NOT NULL,
    kind          text        NOT NULL,
    business_date date        NOT NULL,
    decided_at    timestamptz NOT NULL,
    PRIMARY KEY (outage_id, subscriber_id, kind)
);

-- The notices due at T = D 00:00 (OutageNoticePolicy): outages starting by T + the pre-notice horizon
-- and not ended before T - the lookback, each covering the active subscribers of its area and below
-- (the nearest area row when an outage is listed on several), less the kinds given before D. The end
-- that counts is ended_at, else a PLANNED one's expected end. A notice is once ever, so a re-run of D
-- (the flow adds nothing then) still compares equal.
INSERT INTO bench_outage_notice (outage_id, subscriber_id, kind, business_date, decided_at)
WITH p AS (
    SELECT (:'d'::date)::timestamp AT TIME ZONE :'zone' AS t,
           make_interval(secs => :'pre_notice_horizon_seconds'::bigint) AS horizon,
           make_interval(secs => :'incident_delay_seconds'::bigint) AS incident_delay,
           make_interval(secs => :'apology_after_seconds'::bigint) AS apology_after,
           make_interval(secs => :'ended_lookback_seconds'::bigint) AS lookback
),
relevant AS (
    SELECT o.outage_id, o.area_code, o.kind, o.starts_at,
           coalesce(o.ended_at, CASE WHEN o.kind = 'PLANNED' THEN o.expected_end_at END) AS end_at
    FROM outage o CROSS JOIN p
    WHERE o.starts_at <= p.t + p.horizon
      AND coalesce(o.ended_at, CASE WHEN o.kind = 'PLANNED' THEN o.expected_end_at END, 'infinity') > p.t - p.lookback
),
covered AS (
    SELECT DISTINCT ON (r.outage_id, s.subscriber_id) r.outage_id, r.kind, r.starts_at, r.end_at, s.subscriber_id
    FROM relevant r
    JOIN area_lineage l ON l.ancestor_code = r.area_code
    JOIN subscriber s ON s.area_code = l.area_code AND s.status = 'ACTIVE'
    ORDER BY r.outage_id, s.subscriber_id, l.depth, r.area_code
),
sent AS (
    SELECT n.outage_id, n.subscriber_id, array_agg(n.kind) AS kinds
    FROM outage_notice n
    WHERE n.business_date < :'d'::date AND n.outage_id IN (SELECT outage_id FROM relevant)
    GROUP BY n.outage_id, n.subscriber_id
),
judged AS (
    SELECT c.*, p.t, coalesce(x.kinds, '{}') AS sent, cs.band,
           c.end_at IS NOT NULL AND c.end_at <= p.t AS ended,
           p.horizon, p.incident_delay, p.apology_after
    FROM covered c
    CROSS JOIN p
    LEFT JOIN sent x ON x.outage_id = c.outage_id AND x.subscriber_id = c.subscriber_id
    LEFT JOIN churn_score cs ON cs.business_date = :'d'::date AND cs.subscriber_id = c.subscriber_id
)
SELECT j.outage_id, j.subscriber_id, k.kind, :'d'::date, j.t
FROM judged j
CROSS JOIN LATERAL (VALUES
    ('PRE_NOTICE', j.kind = 'PLANNED' AND j.starts_at > j.t AND j.starts_at <= j.t + j.horizon),
    ('INCIDENT',   j.kind = 'UNPLANNED' AND j.starts_at <= j.t AND NOT j.ended
                   AND j.starts_at <= j.t - j.incident_delay),
    ('RESTORED',   j.ended AND 'INCIDENT' = ANY (j.sent)),
    -- lasted: from the start to the end that counts when it has come, else to T
    ('APOLOGY',    j.starts_at <= j.t AND j.band = 'HIGH'
                   AND (CASE WHEN j.ended THEN j.end_at ELSE j.t END) - j.starts_at > j.apology_after)
) AS k(kind, due)
WHERE k.due AND NOT k.kind = ANY (j.sent);

-- @step call-lists
DROP TABLE IF EXISTS bench_contact_decision;
CREATE TABLE bench_contact_decision (
    business_date date    NOT NULL,
    candidate_id  bigint  PRIMARY KEY,
    decision      text    NOT NULL,
    reason        text,
    team          text,
    list_rank     integer,
    channel       text    NOT NULL
);

-- D's contact candidates, built anew (the job's candidates step, on a first night: the sources that
-- need no earlier outcomes, lists or postponed contacts), into bench_contact_candidate, to compare
-- with the step's rows. Value = monthly revenue (average charged over the three full months before
-- D's month, else the tariff's fee) x churn score / 100, rounded to cents (CallListDay, Campaign).
DROP TABLE IF EXISTS tmp_cl_revenue;
CREATE TEMP TABLE tmp_cl_revenue AS
SELECT u.subscriber_id, avg(u.charged) AS avg_charged
FROM usage_month u
WHERE u.month >= :'revenue_from'::date AND u.month < :'revenue_to'::date
GROUP BY u.subscriber_id;

DROP TABLE IF EXISTS bench_contact_candidate;
CREATE TABLE bench_contact_candidate AS
WITH save_request AS (
    SELECT DISTINCT r.subscriber_id FROM ticket r
    WHERE r.category = ANY (string_to_array(:'save_request_categories', ','))
      AND r.opened_at < :'reference_time'::timestamptz
      AND (r.closed_at IS NULL OR r.closed_at >= :'reference_time'::timestamptz)
),
notice_channel AS (
    SELECT split_part(x, '/', 1) AS kind, split_part(x, '/', 2) AS segment, split_part(x, '/', 3) AS channel
    FROM unnest(string_to_array(:'notice_channels', ',')) AS x
),
valued AS (
    SELECT s.subscriber_id, s.segment, s.status, coalesce(r.avg_charged, tf.monthly_fee) AS revenue, cs.score
    FROM subscriber s
    JOIN tariff tf ON tf.tariff_code = s.tariff_code
    LEFT JOIN tmp_cl_revenue r ON r.subscriber_id = s.subscriber_id
    LEFT JOIN churn_score cs ON cs.business_date = :'d'::date AND cs.subscriber_id = s.subscriber_id
),
outage AS (
    SELECT n.subscriber_id, ch.channel, 'OUTAGE' AS campaign, n.kind AS step,
           round(v.revenue * coalesce(v.score, 0) / 100.0, 2) AS value,
           NULL::bigint AS offer_id, NULL::text AS account_id, n.outage_id, NULL::text AS notice_ref
    FROM outage_notice n
    JOIN valued v ON v.subscriber_id = n.subscriber_id
    JOIN notice_channel ch ON ch.kind = n.kind AND ch.segment = v.segment
    WHERE n.business_date = :'d'::date AND v.status <> 'TERMINATED'
),
dunning AS (
    -- of two overdue accounts with one contact and one step, the larger debt
    SELECT DISTINCT ON (d.subscriber_id, d.step)
           d.subscriber_id, CASE d.step WHEN 'REMINDER_SMS' THEN 'SMS' ELSE 'CALL' END AS channel,
           'DUNNING' AS campaign, d.step, d.overdue_amount AS value,
           NULL::bigint AS offer_id, d.account_id, NULL::text AS outage_id, NULL::text AS notice_ref
    FROM dunning_case d JOIN subscriber s ON s.subscriber_id = d.subscriber_id
    WHERE d.business_date = :'d'::date AND d.step <> 'COLLECTIONS' AND s.status <> 'TERMINATED'
    ORDER BY d.subscriber_id, d.step, d.overdue_amount DESC, d.account_id
),
retention AS (
    -- who asked to leave is called by the save desk instead
    SELECT o.subscriber_id, 'CALL' AS channel, 'RETENTION' AS campaign, o.offer_type AS step,
           round(v.revenue * coalesce(o.churn_score, v.score, 0) / 100.0, 2) AS value,
           o.offer_id, NULL::text AS account_id, NULL::text AS outage_id, NULL::text AS notice_ref
    FROM offer o JOIN valued v ON v.subscriber_id = o.subscriber_id
    WHERE o.business_date = :'d'::date AND o.status = 'OPEN' AND v.status = 'ACTIVE'
      AND NOT EXISTS (SELECT 1 FROM save_request r WHERE r.subscriber_id = o.subscriber_id)
),
save AS (
    SELECT r.subscriber_id, 'CALL' AS channel, 'RETENTION' AS campaign, :'save_step' AS step,
           round(v.revenue * coalesce(o.churn_score, v.score, 0) / 100.0, 2) AS value,
           o.offer_id, NULL::text AS account_id, NULL::text AS outage_id, NULL::text AS notice_ref
    FROM save_request r
    JOIN valued v ON v.subscriber_id = r.subscriber_id
    LEFT JOIN offer o ON o.business_date = :'d'::date AND o.subscriber_id = r.subscriber_id AND o.status = 'OPEN'
    WHERE v.status = 'ACTIVE'
),
-- PAYMENT_DUE: an invoice due in the window, issued by D-1, with at least the minimum open on D-1:
-- every payment by D-1 settles the account's invoices oldest first (due, issued, id), so the open
-- part is the invoice less what the payments left after the older ones. Invoices due after the
-- window come after it in that order, so they are not summed. To the lowest ACTIVE subscriber.
soon AS (
    SELECT DISTINCT i.account_id FROM invoice i
    WHERE i.due_on BETWEEN :'payment_due_from'::date AND :'payment_due_to'::date
      AND i.issued_on <= :'payment_due_as_of'::date
),
payment_due AS (
    SELECT c.subscriber_id, 'SMS' AS channel, 'DUNNING' AS campaign, :'payment_due_step' AS step,
           l.open_amount AS value, NULL::bigint AS offer_id, l.account_id, NULL::text AS outage_id,
           l.invoice_id AS notice_ref
    FROM (SELECT i.invoice_id, i.account_id, i.due_on,
                 least(i.amount, greatest(0, sum(i.amount) OVER (PARTITION BY i.account_id
                       ORDER BY i.due_on, i.issued_on, i.invoice_id) - coalesce(pd.paid, 0))) AS open_amount
          FROM invoice i
          JOIN soon ON soon.account_id = i.account_id
          LEFT JOIN (SELECT p.account_id, sum(p.amount) AS paid FROM payment p JOIN soon ON soon.account_id = p.account_id
                     WHERE p.paid_on <= :'payment_due_as_of'::date GROUP BY p.account_id) pd ON pd.account_id = i.account_id
          WHERE i.issued_on <= :'payment_due_as_of'::date AND i.due_on <= :'payment_due_to'::date) l
    JOIN (SELECT s.account_id, min(s.subscriber_id) AS subscriber_id FROM subscriber s JOIN soon ON soon.account_id = s.account_id
          WHERE s.status = 'ACTIVE' GROUP BY s.account_id) c ON c.account_id = l.account_id
    WHERE l.due_on >= :'payment_due_from'::date AND l.open_amount >= :'payment_due_min'::numeric
      AND NOT EXISTS (SELECT 1 FROM contact_candidate x WHERE x.notice_ref = l.invoice_id
                      AND x.step = :'payment_due_step' AND x.decision = 'SENT' AND x.business_date <> :'d'::date)
),
-- TICKET_RESOLVED: a ticket of the categories closed in [tickets_closed_from, T), none of them open at T
ticket_resolved AS (
    SELECT t.subscriber_id, 'SMS' AS channel, 'SERVICE' AS campaign, :'ticket_step' AS step, 0::numeric AS value,
           NULL::bigint AS offer_id, NULL::text AS account_id, NULL::text AS outage_id, t.ticket_id AS notice_ref
    FROM ticket t JOIN subscriber s ON s.subscriber_id = t.subscriber_id
    WHERE t.category = ANY (string_to_array(:'ticket_categories', ','))
      AND t.closed_at >= :'tickets_closed_from'::timestamptz AND t.closed_at < :'reference_time'::timestamptz
      AND s.status <> 'TERMINATED'
      AND NOT EXISTS (SELECT 1 FROM ticket o WHERE o.subscriber_id = t.subscriber_id
                      AND o.category = ANY (string_to_array(:'ticket_categories', ','))
                      AND o.opened_at < :'reference_time'::timestamptz
                      AND (o.closed_at IS NULL OR o.closed_at >= :'reference_time'::timestamptz))
      AND NOT EXISTS (SELECT 1 FROM contact_candidate x WHERE x.notice_ref = t.ticket_id
                      AND x.step = :'ticket_step' AND x.decision = 'SENT' AND x.business_date <> :'d'::date)
)
SELECT :'d'::date AS business_date, subscriber_id, channel, campaign, step, value::numeric(14, 2) AS value,
       offer_id, account_id, outage_id, 1::smallint AS attempt, NULL::date AS carried_from,
       NULL::text AS source_task_id, NULL::timestamptz AS callback_at, notice_ref
FROM (SELECT * FROM outage UNION ALL SELECT * FROM dunning UNION ALL SELECT * FROM retention
      UNION ALL SELECT * FROM save UNION ALL SELECT * FROM payment_due UNION ALL SELECT * FROM ticket_resolved) c;

-- D's candidates (as the call-lists job's candidates step wrote them) with the facts the contact
-- policy reads: an outage open at T = D 00:00 over the area or above it, do-not-call, a phone marked
-- invalid, the latest COMPLAINT that can still hold a call, a dunning pause. A text to a number that
-- cannot take an SMS goes by e-mail: the product asks libphonenumber (MOBILE); here a Russian mobile
-- number is +79..., the generated operator's every number. Priority: OUTAGE 5, SAVE 4, DUNNING 3,
-- RETENTION 2, MARKETING 1, SERVICE 0 (Campaign, SaveCall).
DROP TABLE IF EXISTS tmp_cl_candidate;
CREATE TEMP TABLE tmp_cl_candidate AS
WITH p AS (
    SELECT (:'d'::date)::timestamp AT TIME ZONE :'zone' AS t
),
open_area AS (
    SELECT DISTINCT l.area_code
    FROM outage o CROSS JOIN p
    JOIN area_lineage l ON l.ancestor_code = o.area_code
    WHERE o.starts_at <= p.t
      AND coalesce(o.ended_at, CASE WHEN o.kind = 'PLANNED' THEN o.expected_end_at END, 'infinity') > p.t
),
complained AS (
    SELECT t.subscriber_id,
           max(coalesce((o.contacted_at AT TIME ZONE :'zone')::date, t.business_date)) AS last_complaint
    FROM outcome o JOIN call_task t ON t.task_id = o.task_id
    WHERE o.outcome = 'COMPLAINT'
      AND coalesce((o.contacted_at AT TIME ZONE :'zone')::date, t.business_date)
          BETWEEN :'d'::date - greatest(0, :'complaint_cooldown_days'::int - 1) AND :'d'::date
    GROUP BY t.subscriber_id
)
SELECT c.candidate_id, c.subscriber_id, s.phone, s.segment, s.personal_manager, s.email,
       s.consent_calls, s.consent_sms, s.consent_email, c.campaign, c.step, c.value, c.carried_from,
       c.channel AS planned_channel,
       CASE WHEN c.channel = 'SMS' AND (s.phone IS NULL OR s.phone !~ '^\+79[0-9]{9}$') THEN 'EMAIL'
            ELSE c.channel END AS channel,
       CASE WHEN c.campaign = 'OUTAGE' THEN 5
            WHEN c.campaign = 'RETENTION' AND c.step = 'SAVE' THEN 4
            WHEN c.campaign = 'DUNNING' THEN 3
            WHEN c.campaign = 'RETENTION' THEN 2
            WHEN c.campaign = 'MARKETING' THEN 1
            ELSE 0 END AS priority,
       c.campaign = 'RETENTION' AND c.step = 'SAVE' AS is_save,
       c.campaign NOT IN ('RETENTION', 'MARKETING') AS service,
       ip.phone IS NULL AS phone_valid,
       oa.area_code IS NOT NULL AS under_outage,
       cp.last_complaint,
       EXISTS (SELECT 1 FROM dnc WHERE dnc.phone = s.phone
               AND (dnc.expires_on IS NULL OR dnc.expires_on > :'d'::date)) AS dnc,
       c.campaign = 'DUNNING' AND (
           EXISTS (SELECT 1 FROM dunning_pause z WHERE z.account_id = c.account_id AND z.paused_until >= :'d'::date)
           OR EXISTS (SELECT 1 FROM dunning_case k WHERE k.business_date = :'d'::date
                      AND k.account_id = c.account_id AND k.paused)) AS paused
FROM contact_candidate c
JOIN subscriber s ON s.subscriber_id = c.subscriber_id
LEFT JOIN open_area oa ON oa.area_code = s.area_code
LEFT JOIN invalid_phone ip ON ip.phone = s.phone
LEFT JOIN complained cp ON cp.subscriber_id = c.subscriber_id
WHERE c.business_date = :'d'::date;

-- The rules of one candidate alone, the first that holds it back (ContactPolicy, Eligibility): a
-- second identical contact (the first in list order survives), no address, do-not-call (calls only),
-- no consent (a service notice and a SAVE call need none), the complaint cool-off (RETENTION and
-- MARKETING calls but SAVE), an open outage (all but outage notices), no team (a COLLECTIONS call).
-- Then the control group: the first 8 bytes of SHA-256 of "campaign key NUL subscriber", unsigned,
-- modulo the buckets (10 000), below share x buckets (ControlGroup), for sales campaigns but SAVE.
DROP TABLE IF EXISTS tmp_cl_ruled;
CREATE TEMP TABLE tmp_cl_ruled AS
SELECT x.*,
       CASE
           WHEN x.dup > 1 THEN 'DUPLICATE'
           WHEN x.channel = 'EMAIL' AND (x.email IS NULL OR x.email ~ '^\s*$') THEN 'NO_EMAIL'
           WHEN x.channel <> 'EMAIL' AND NOT (x.phone_valid AND x.phone IS NOT NULL AND x.phone !~ '^\s*$')
               THEN 'INVALID_PHONE'
           WHEN x.channel = 'CALL' AND x.dnc THEN 'DNC'
           WHEN NOT (x.service OR (x.channel = 'CALL' AND x.is_save)
                     OR CASE x.channel WHEN 'CALL' THEN x.consent_calls WHEN 'SMS' THEN x.consent_sms
                                       ELSE x.consent_email END) THEN 'NO_CONSENT'
           WHEN x.channel = 'CALL' AND x.campaign IN ('RETENTION', 'MARKETING') AND NOT x.is_save
                AND x.last_complaint <= :'d'::date
                AND :'d'::date < x.last_complaint + :'complaint_cooldown_days'::int THEN 'COMPLAINT_COOLOFF'
           WHEN x.under_outage AND x.campaign <> 'OUTAGE' THEN 'OUTAGE_SUPPRESSED'
           WHEN x.channel = 'CALL' AND x.campaign = 'DUNNING' AND x.step = 'COLLECTIONS' THEN 'NO_TEAM'
       END AS held,
       x.campaign IN ('RETENTION', 'MARKETING') AND NOT x.is_save
       -- a marketing list's key is MARKETING:<code>; the colon as chr(58), since :' reads as a variable here
       AND (('x' || encode(substr(sha256(
                convert_to(CASE WHEN x.campaign = 'MARKETING' THEN concat('MARKETING', chr(58), x.step) ELSE x.campaign END, 'UTF8')
                || '\x00'::bytea || convert_to(x.subscriber_id, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint::numeric
            + 18446744073709551616) % 18446744073709551616 % :'control_hash_buckets'::int
           < :'control_buckets'::int AS control
FROM (
    SELECT c.*,
           row_number() OVER (PARTITION BY c.subscriber_id, c.channel, c.campaign, c.step
                              ORDER BY c.is_save DESC, c.carried_from NULLS LAST, c.priority DESC, c.value DESC,
                                       c.subscriber_id COLLATE "C", c.candidate_id) AS dup
    FROM tmp_cl_candidate c
    WHERE NOT c.paused
) x;

-- The contacts the caps count, D-29..D-1, per subscriber and per phone and channel (ContactCaps).
DROP TABLE IF EXISTS tmp_cl_caps;
CREATE TEMP TABLE tmp_cl_caps AS
SELECT 'S' AS kind, h.subscriber_id AS id, h.channel,
       count(*) FILTER (WHERE h.contacted_on >= :'d'::date - 6) AS week, count(*) AS month
FROM contact_history h
WHERE h.contacted_on >= :'d'::date - 29 AND h.contacted_on < :'d'::date
GROUP BY h.subscriber_id, h.channel
UNION ALL
SELECT 'P', h.phone, h.channel,
       count(*) FILTER (WHERE h.contacted_on >= :'d'::date - 6), count(*)
FROM contact_history h
WHERE h.contacted_on >= :'d'::date - 29 AND h.contacted_on < :'d'::date AND h.phone IS NOT NULL
GROUP BY h.phone, h.channel;

-- Scratch tables have no statistics until analyzed: planned as empty, the joins below ran as nested
-- loops over the history (80 s for 30 000 candidates on a second day).
CREATE INDEX ON tmp_cl_caps (kind, id, channel);

ANALYZE tmp_cl_caps;

ANALYZE tmp_cl_ruled;

-- One call per phone (and so per subscriber, who has one phone) a day: of a phone's eligible calls in
-- contest order (priority, expected value, carried over oldest first, subscriber, candidate), the
-- first within the caps wins; those before it are capped (subscriber checked first), those after
-- it lost. History ends at D-1, so the day's count is 0 before the winner.
DROP TABLE IF EXISTS tmp_cl_call;
CREATE TEMP TABLE tmp_cl_call AS
WITH calls AS (
    SELECT r.candidate_id, r.subscriber_id, r.phone, r.segment, r.personal_manager, r.campaign, r.is_save,
           r.carried_from, r.priority, r.value,
           CASE WHEN NOT (0 < :'call_per_day'::int AND coalesce(cs.week, 0) < :'call_per_week'::int
                          AND coalesce(cs.month, 0) < :'call_per_month'::int) THEN 'CAP_SUBSCRIBER'
                WHEN NOT (0 < :'call_per_day'::int AND coalesce(cp.week, 0) < :'call_per_week'::int
                          AND coalesce(cp.month, 0) < :'call_per_month'::int) THEN 'CAP_PHONE' END AS capped,
           row_number() OVER (PARTITION BY r.phone
                              ORDER BY r.priority DESC, r.value DESC, r.carried_from NULLS LAST,
                                       r.subscriber_id COLLATE "C", r.candidate_id) AS pos
    FROM tmp_cl_ruled r
    LEFT JOIN tmp_cl_caps cs ON cs.kind = 'S' AND cs.id = r.subscriber_id AND cs.channel = 'CALL'
    LEFT JOIN tmp_cl_caps cp ON cp.kind = 'P' AND cp.id = r.phone AND cp.channel = 'CALL'
    WHERE r.channel = 'CALL' AND r.held IS NULL AND NOT r.control
)
SELECT c.*, min(c.pos) FILTER (WHERE c.capped IS NULL) OVER (PARTITION BY c.phone) AS won_at
FROM calls c;

-- Texts: SMS in contest order per phone, each sent while the subscriber's and the phone's day, week
-- and month counts (history plus what went today) are under the caps: a walk over every phone at
-- once, one message of each per round. E-mail has no caps.
DROP TABLE IF EXISTS tmp_cl_sms;
CREATE TEMP TABLE tmp_cl_sms AS
SELECT r.candidate_id, r.subscriber_id, r.phone,
       coalesce(cs.week, 0) AS sub_week, coalesce(cs.month, 0) AS sub_month,
       coalesce(cp.week, 0) AS phone_week, coalesce(cp.month, 0) AS phone_month,
       row_number() OVER (PARTITION BY r.phone
                          ORDER BY r.priority DESC, r.value DESC, r.carried_from NULLS LAST,
                                   r.subscriber_id COLLATE "C", r.candidate_id) AS pos
FROM tmp_cl_ruled r
LEFT JOIN tmp_cl_caps cs ON cs.kind = 'S' AND cs.id = r.subscriber_id AND cs.channel = 'SMS'
LEFT JOIN tmp_cl_caps cp ON cp.kind = 'P' AND cp.id = r.phone AND cp.channel = 'SMS'
WHERE r.channel = 'SMS' AND r.held IS NULL AND NOT r.control;

CREATE INDEX ON tmp_cl_sms (phone, pos);

ANALYZE tmp_cl_sms;

DROP TABLE IF EXISTS tmp_cl_sms_verdict;
CREATE TEMP TABLE tmp_cl_sms_verdict AS
WITH RECURSIVE walk (phone, pos, candidate_id, reason, phone_sent, sent) AS (
    SELECT DISTINCT m.phone, 0::bigint, NULL::bigint, NULL::text, 0, '{}'::jsonb
    FROM tmp_cl_sms m
    UNION ALL
    SELECT m.phone, m.pos, m.candidate_id, v.reason,
           w.phone_sent + CASE WHEN v.reason IS NULL THEN 1 ELSE 0 END,
           CASE WHEN v.reason IS NULL THEN w.sent || jsonb_build_object(m.subscriber_id, v.k + 1) ELSE w.sent END
    FROM walk w
    JOIN tmp_cl_sms m ON m.phone = w.phone AND m.pos = w.pos + 1
    CROSS JOIN LATERAL (
        SELECT k.k,
               CASE WHEN NOT (k.k < :'sms_per_day'::int AND m.sub_week + k.k < :'sms_per_week'::int
                              AND m.sub_month + k.k < :'sms_per_month'::int) THEN 'CAP_SUBSCRIBER'
                    WHEN NOT (w.phone_sent < :'sms_per_day'::int AND m.phone_week + w.phone_sent < :'sms_per_week'::int
                              AND m.phone_month + w.phone_sent < :'sms_per_month'::int) THEN 'CAP_PHONE' END AS reason
        FROM (SELECT coalesce((w.sent ->> m.subscriber_id)::int, 0) AS k) k
    ) v
)
SELECT candidate_id, reason FROM walk WHERE pos > 0;

-- Everything decided: the winners ranked per team in list order (SAVE first, carried over oldest
-- first, priority, expected value, subscriber, candidate; CapacityCut) and cut at the team's calls a
-- day (a list not configured, a personal manager's, takes the VIP capacity). Routing (TeamRouter):
-- a VIP to VIP-<manager> (no manager: the fallback team), B2B to the B2B team, B2C dunning to billing,
-- the other B2C calls to retention. A reason that postpones (open outage, lost the day's contest,
-- a cap, over capacity) is CARRIED, the others SUPPRESSED.
INSERT INTO bench_contact_decision (business_date, candidate_id, decision, reason, team, list_rank, channel)
WITH capacity AS (
    SELECT split_part(x, '=', 1) AS team, split_part(x, '=', 2)::int AS calls
    FROM unnest(string_to_array(:'team_capacities', ',')) AS x
),
winners AS (
    SELECT c.*,
           CASE WHEN c.segment = 'VIP' THEN
                     CASE WHEN c.personal_manager IS NULL OR c.personal_manager ~ '^\s*$' THEN :'vip_without_manager'
                          ELSE :'vip_list_prefix' || regexp_replace(c.personal_manager, '^\s+|\s+$', '', 'g') END
                WHEN c.segment = 'B2B' THEN :'team_retention_b2b'
                WHEN c.campaign = 'DUNNING' THEN :'team_billing_b2c'
                ELSE :'team_retention_b2c' END AS team
    FROM tmp_cl_call c
    WHERE c.pos = c.won_at
),
placed AS (
    SELECT w.candidate_id, w.team, coalesce(k.calls, :'other_lists_capacity'::int) AS calls,
           row_number() OVER (PARTITION BY w.team
                              ORDER BY w.is_save DESC, w.carried_from NULLS LAST, w.priority DESC, w.value DESC,
                                       w.subscriber_id COLLATE "C", w.candidate_id) AS place
    FROM winners w LEFT JOIN capacity k ON k.team = w.team
)
SELECT :'d'::date, candidate_id, decision, reason, team, list_rank, channel
FROM (
    SELECT candidate_id, 'SUPPRESSED' AS decision, 'PAUSED' AS reason, NULL AS team, NULL::integer AS list_rank,
           planned_channel AS channel
    FROM tmp_cl_candidate WHERE paused
    UNION ALL
    SELECT candidate_id, CASE WHEN held = 'OUTAGE_SUPPRESSED' THEN 'CARRIED' ELSE 'SUPPRESSED' END, held, NULL, NULL,
           channel
    FROM tmp_cl_ruled WHERE held IS NOT NULL
    UNION ALL
    SELECT candidate_id, 'CONTROL', NULL, NULL, NULL, channel
    FROM tmp_cl_ruled WHERE held IS NULL AND control
    UNION ALL
    SELECT candidate_id, 'SENT', NULL, NULL, NULL, channel
    FROM tmp_cl_ruled WHERE held IS NULL AND NOT control AND channel = 'EMAIL'
    UNION ALL
    SELECT candidate_id, CASE WHEN reason IS NULL THEN 'SENT' ELSE 'CARRIED' END, reason, NULL, NULL, 'SMS'
    FROM tmp_cl_sms_verdict
    UNION ALL
    SELECT candidate_id, 'CARRIED', CASE WHEN won_at IS NOT NULL AND pos > won_at THEN 'LOST_PRIORITY' ELSE capped END,
           NULL, NULL, 'CALL'
    FROM tmp_cl_call WHERE won_at IS NULL OR pos <> won_at
    UNION ALL
    SELECT candidate_id, CASE WHEN place <= calls THEN 'LISTED' ELSE 'CARRIED' END,
           CASE WHEN place <= calls THEN NULL ELSE 'OVER_CAPACITY' END, team,
           CASE WHEN place <= calls THEN place::integer END, 'CALL'
    FROM placed
) d;
