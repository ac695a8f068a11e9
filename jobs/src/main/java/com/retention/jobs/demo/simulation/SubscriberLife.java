package com.retention.jobs.demo.simulation;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to the operator's subscribers during a simulated day, set-based and deterministic
 * for a seed (each draw is an md5 of the seed, the day and the subscriber or account):
 * <ul>
 * <li>churn: a daily hazard by the latest churn band, lowered by contact (an accepted offer in the
 *     last 90 days to a quarter, a reached retention call in the last 30 days to 60 %), so the
 *     contacted churn less than the control group, who are never called; and raised by facts the
 *     band sees only past a threshold (the first year of tenure, each ticket of the last 90 days), so
 *     a learned model has something to learn beyond the rule score;</li>
 * <li>payments: most "already paid" calls and promises due today bring the overdue money, other
 *     overdue accounts pay now and then, a little more often after a reached dunning call;</li>
 * <li>billing applies most accepted orders overnight (the tariff changes from the next day);</li>
 * <li>the help desk closes about a third of the open tickets each day, so the next night has ticket
 *     follow-ups to send;</li>
 * <li>0.2 % of the active subscribers a month ask to leave (a TERMINATION_REQUEST, a fifth of them
 *     PORT_OUT), during the day, so the next night's save desk calls them; while a request is open the
 *     churn hazard is that of a subscriber who asked to leave (2 % a day), lowered by contact as above.</li>
 * </ul>
 */
@Component
public class SubscriberLife {

    /** A uniform draw in [0, 1) from a text key. */
    private static final String DRAW = "(('x' || substr(md5(%s), 1, 8))::bit(32)::bigint / 4294967296.0)";

    private final JdbcTemplate jdbc;

    public SubscriberLife(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record DayEvents(int churned, int payments, int tariffChanges, int ticketsClosed, int requestsToLeave) {
    }

    @Transactional
    public DayEvents live(LocalDate day, long seed) {
        int churned = churn(day, seed);
        return new DayEvents(churned, pay(day, seed), bill(day, seed), closeTickets(day, seed), askToLeave(day, seed));
    }

    /** Opened during the day, 09:00-19:00 UTC, like the help desk's closings; 0.2 % a month is 0.007 % a day. */
    private int askToLeave(LocalDate day, long seed) {
        return jdbc.update("""
                INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category)
                SELECT 'REQ-' || ?::text || '-' || s.subscriber_id, s.subscriber_id,
                       (?::date + time '09:00' + %s * interval '10 hours') AT TIME ZONE 'UTC',
                       CASE WHEN %s < 0.2 THEN 'PORT_OUT' ELSE 'TERMINATION_REQUEST' END
                FROM subscriber s
                WHERE s.status = 'ACTIVE' AND %s < 0.00007
                  AND NOT EXISTS (SELECT 1 FROM ticket o WHERE o.subscriber_id = s.subscriber_id AND o.closed_at IS NULL
                                  AND o.category IN ('TERMINATION_REQUEST', 'PORT_OUT'))
                ORDER BY s.subscriber_id
                ON CONFLICT DO NOTHING
                """.formatted(DRAW.formatted("'ask-hour:' || ? || ':' || ?::text || ':' || s.subscriber_id"),
                        DRAW.formatted("'ask-kind:' || ? || ':' || ?::text || ':' || s.subscriber_id"),
                        DRAW.formatted("'ask:' || ? || ':' || ?::text || ':' || s.subscriber_id")),
                day, day, seed, day, seed, day, seed, day);
    }

    private int churn(LocalDate day, long seed) {
        return jdbc.update("""
                WITH band AS (
                    SELECT DISTINCT ON (subscriber_id) subscriber_id, band FROM churn_score
                    WHERE business_date BETWEEN ?::date - 7 AND ?::date ORDER BY subscriber_id, business_date DESC
                ), accepted AS (
                    SELECT DISTINCT t.subscriber_id FROM outcome o JOIN call_task t ON t.task_id = o.task_id
                    WHERE o.outcome = 'ACCEPTED' AND t.business_date BETWEEN ?::date - 90 AND ?::date
                ), asked AS (
                    SELECT DISTINCT subscriber_id FROM ticket
                    WHERE category IN ('TERMINATION_REQUEST', 'PORT_OUT') AND closed_at IS NULL
                ), tickets AS (
                    SELECT subscriber_id, count(*) AS n FROM ticket
                    WHERE opened_at >= (?::date - 90)::timestamp AT TIME ZONE 'UTC' AND opened_at < ?::date::timestamp AT TIME ZONE 'UTC'
                    GROUP BY subscriber_id
                ), reached AS (
                    SELECT DISTINCT t.subscriber_id FROM outcome o JOIN call_task t ON t.task_id = o.task_id
                    WHERE t.campaign = 'RETENTION' AND t.business_date BETWEEN ?::date - 30 AND ?::date
                      AND o.outcome NOT IN ('NO_ANSWER', 'BUSY', 'VOICEMAIL', 'WRONG_NUMBER')
                )
                UPDATE subscriber s SET status = 'TERMINATED', terminated_on = ?::date
                FROM subscriber x
                LEFT JOIN band b ON b.subscriber_id = x.subscriber_id
                LEFT JOIN accepted a ON a.subscriber_id = x.subscriber_id
                LEFT JOIN reached r ON r.subscriber_id = x.subscriber_id
                LEFT JOIN asked q ON q.subscriber_id = x.subscriber_id
                LEFT JOIN tickets k ON k.subscriber_id = x.subscriber_id
                WHERE s.subscriber_id = x.subscriber_id AND x.status = 'ACTIVE' AND %s <
                      CASE WHEN q.subscriber_id IS NOT NULL THEN 0.02 WHEN b.band = 'HIGH' THEN 0.006
                           WHEN b.band = 'MEDIUM' THEN 0.002 WHEN b.band = 'LOW' THEN 0.0006 ELSE 0.001 END
                      * CASE WHEN a.subscriber_id IS NOT NULL THEN 0.25 WHEN r.subscriber_id IS NOT NULL THEN 0.6 ELSE 1 END
                      -- beyond the band, facts the learned model sees by degree: the first year, each recent ticket
                      * CASE WHEN x.activated_on > ?::date - 365 THEN 2.0 ELSE 0.7 END
                      * (1 + 0.5 * least(coalesce(k.n, 0), 4))
                """.formatted(DRAW.formatted("'churn:' || ? || ':' || ?::text || ':' || x.subscriber_id")),
                day, day, day, day, day, day, day, day, day, seed, day, day);
    }

    private int pay(LocalDate day, long seed) {
        return jdbc.update("""
                WITH told AS (
                    SELECT coalesce(c.account_id, s.account_id) AS account_id,
                           bool_or(o.outcome = 'PAID' AND t.business_date = ?::date) AS paid,
                           bool_or(o.outcome = 'PROMISE_TO_PAY' AND o.promise_date = ?::date) AS promise_due,
                           bool_or(o.outcome NOT IN ('NO_ANSWER', 'BUSY', 'VOICEMAIL', 'WRONG_NUMBER')) AS reached
                    FROM outcome o
                    JOIN call_task t ON t.task_id = o.task_id
                    JOIN contact_candidate c ON c.candidate_id = t.candidate_id
                    JOIN subscriber s ON s.subscriber_id = t.subscriber_id
                    WHERE t.campaign = 'DUNNING' AND t.business_date BETWEEN ?::date - 14 AND ?::date
                    GROUP BY 1
                )
                INSERT INTO payment (payment_id, account_id, paid_on, amount)
                SELECT 'SIM-' || ?::text || '-' || d.account_id, d.account_id, ?::date, d.overdue_amount
                FROM dunning_case d
                LEFT JOIN told ON told.account_id = d.account_id
                WHERE d.business_date = ?::date AND d.overdue_amount > 0
                  AND %s < CASE WHEN told.paid THEN 0.85 WHEN told.promise_due THEN 0.8
                                WHEN told.reached THEN 0.06 ELSE 0.04 END
                ORDER BY d.account_id
                ON CONFLICT DO NOTHING
                """.formatted(DRAW.formatted("'pay:' || ? || ':' || ?::text || ':' || d.account_id")),
                day, day, day, day, day, day, day, seed, day);
    }

    /** Closed during the day, 09:00-19:00 UTC: inside the day in the operator's zone, seen by the next night. */
    private int closeTickets(LocalDate day, long seed) {
        return jdbc.update("""
                UPDATE ticket t SET closed_at = greatest(t.opened_at,
                        (?::date + time '09:00' + %s * interval '10 hours') AT TIME ZONE 'UTC')
                WHERE t.closed_at IS NULL AND t.opened_at < (?::date + time '09:00') AT TIME ZONE 'UTC'
                  AND %s < 0.35
                """.formatted(DRAW.formatted("'ticket-hour:' || ? || ':' || ?::text || ':' || t.ticket_id"),
                        DRAW.formatted("'ticket:' || ? || ':' || ?::text || ':' || t.ticket_id")),
                day, seed, day, day, seed, day);
    }

    private int bill(LocalDate day, long seed) {
        return jdbc.update("""
                UPDATE subscriber s SET tariff_code = o.to_tariff, tariff_since = ?::date + 1
                FROM tariff_order o
                WHERE o.subscriber_id = s.subscriber_id AND o.fulfilled_on IS NULL AND o.business_date <= ?::date
                  AND s.status <> 'TERMINATED' AND s.tariff_code <> o.to_tariff
                  AND %s < 0.9
                """.formatted(DRAW.formatted("'bill:' || ? || ':' || ?::text || ':' || o.order_id")),
                day, day, seed, day);
    }
}
