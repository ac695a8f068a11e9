package com.retention.jobs.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares the flow's decisions of D with the baseline's, on every decision column, with EXCEPT
 * both ways: rows only the flow made and rows only the baseline made (a differing row is both).
 */
public final class ResultComparison {

    static final int SHOWN = 5;

    /**
     * Product table, baseline table and the decision columns they share, per step; {@code firstNightOnly}:
     * compared only when D is a first night ({@link #firstNight}), the only night the SQL rebuilds.
     */
    record Decision(String step, String flowTable, String baselineTable, String columns, boolean firstNightOnly) {

        Decision(String step, String flowTable, String baselineTable, String columns) {
            this(step, flowTable, baselineTable, columns, false);
        }
    }

    static final String CANDIDATES = "bench_contact_candidate";

    static final List<Decision> DECISIONS = List.of(
            new Decision("scoring", "churn_score", "bench_churn_score", "subscriber_id, score, band, reasons"),
            new Decision("offers", "offer", "bench_offer",
                    "subscriber_id, campaign, current_tariff, offer_tariff, offer_type, current_cost, offer_cost, "
                            + "monthly_saving, churn_score, churn_band, reasons, valid_until"),
            new Decision("dunning", "dunning_case", "bench_dunning_case",
                    "account_id, subscriber_id, overdue_amount, days_past_due, oldest_due_on, step, paused"),
            new Decision("outages", "outage_notice", "bench_outage_notice", "outage_id, subscriber_id, kind, decided_at"),
            // D's candidates as the candidates step built them (the policy may have turned an SMS to a
            // landline into an e-mail since; the generated operator has mobile numbers only)
            new Decision("call-lists", "contact_candidate", CANDIDATES,
                    "subscriber_id, channel, campaign, step, value, offer_id, account_id, outage_id, attempt, "
                            + "carried_from, source_task_id, callback_at, notice_ref", true),
            // the contact policy's verdict on each of D's candidates (channel: an SMS to a landline goes by e-mail)
            new Decision("call-lists", "contact_candidate", "bench_contact_decision",
                    "candidate_id, decision, reason, team, list_rank, channel"));

    /** The outcome for one step: how many rows differ each way and the first few of them. */
    public record Difference(String step, String baselineTable, long flowOnly, long baselineOnly,
                             List<Map<String, Object>> firstFlowOnly, List<Map<String, Object>> firstBaselineOnly) {

        public boolean equal() {
            return flowOnly == 0 && baselineOnly == 0;
        }
    }

    private final JdbcTemplate jdbc;

    public ResultComparison(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Difference> compare(LocalDate date, List<String> steps) {
        boolean firstNight = firstNight(date);
        return DECISIONS.stream().filter(d -> steps.contains(d.step()))
                .filter(d -> firstNight || !d.firstNightOnly()).map(d -> compare(d, date)).toList();
    }

    /**
     * Whether D's candidates come from D's decisions alone: no contact candidates before D (so no
     * retries, callbacks or postponed contacts) and no marketing targets. The baseline builds those
     * sources only.
     */
    public boolean firstNight(LocalDate date) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM contact_candidate WHERE business_date < ?)"
                + " AND NOT EXISTS (SELECT 1 FROM target)", Boolean.class, date));
    }

    private Difference compare(Decision d, LocalDate date) {
        String flowOnly = except(d.flowTable(), d.baselineTable(), d.columns());
        String baselineOnly = except(d.baselineTable(), d.flowTable(), d.columns());
        return new Difference(d.step(), d.baselineTable(),
                jdbc.queryForObject("SELECT count(*) FROM (" + flowOnly + ") x", Long.class, date, date),
                jdbc.queryForObject("SELECT count(*) FROM (" + baselineOnly + ") x", Long.class, date, date),
                jdbc.queryForList(flowOnly + " ORDER BY 1 LIMIT " + SHOWN, date, date),
                jdbc.queryForList(baselineOnly + " ORDER BY 1 LIMIT " + SHOWN, date, date));
    }

    private static String except(String left, String right, String columns) {
        return "SELECT " + columns + " FROM " + left + " WHERE business_date = ? EXCEPT SELECT " + columns
                + " FROM " + right + " WHERE business_date = ?";
    }
}
