package com.retention.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.jobs.support.Cli;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `retention bench` on a small generated operator: the flow's decisions and the SQL baseline's must
 * be the same rows, and both must be rich enough that "the same" means something.
 */
class BenchCommandTest extends IntegrationTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @Test
    void theSqlBaselineDecidesExactlyWhatTheFlowDecides() {
        Cli.Result result = Cli.run("bench", "--subscribers", "2000", "--seed", "7", "--date", DAY.toString(), "--model");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).containsPattern("scoring .* equal")
                .containsPattern("offers .* equal")
                .containsPattern("dunning .* equal")
                .containsPattern("outages .* equal")
                .containsPattern("call-lists .* equal")
                .contains("Whole flow:", "flow/sql", "Whole flow against the whole baseline:")
                .containsPattern("Floor: [0-9,]+ input rows .* read once by COPY .* [0-9,]+ output rows .* flow/floor [0-9.]+")
                .containsPattern("Scoring with the model: [0-9.]+ s, .* with the rule: [0-9.]+ s; model/rule [0-9.]+ \\(COMPLETED\\), lr")
                .containsPattern("Scoring with the model: [0-9.]+ s, .* with the rule: [0-9.]+ s; model/rule [0-9.]+ \\(COMPLETED\\), gbt");
        // --model: its models (lr and gbt) are stored, not left promoted, and D's scores are the rule's again
        assertThat(jdbc.queryForObject("SELECT count(*) FROM churn_model WHERE promoted_at IS NULL", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT model FROM churn_score", String.class)).containsExactly("rule");

        // equal on data where every rule has something to decide
        assertThat(count("churn_score")).isEqualTo(count("bench_churn_score"))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM subscriber WHERE status = 'ACTIVE'", Long.class));
        assertThat(distinct("bench_churn_score", "band")).containsExactlyInAnyOrder("HIGH", "MEDIUM", "LOW");
        for (String reason : List.of("LEGACY_TARIFF", "OVERPAYING", "USAGE_DROP", "COMPLAINTS", "OUTAGE_HIT",
                "LATE_PAYER", "SHORT_TENURE")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM bench_churn_score WHERE reasons LIKE ?", Long.class,
                    "%" + reason + "%")).as(reason).isPositive();
        }
        assertThat(count("bench_offer")).isEqualTo(count("offer")).isPositive();
        assertThat(distinct("bench_offer", "offer_type")).containsExactlyInAnyOrder("SAVING", "UPGRADE");
        assertThat(count("bench_dunning_case")).isEqualTo(count("dunning_case")).isPositive();
        assertThat(distinct("bench_dunning_case", "step")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(count("bench_outage_notice")).isEqualTo(count("outage_notice")).isPositive();
        assertThat(distinct("bench_outage_notice", "kind")).contains("PRE_NOTICE", "INCIDENT");
        assertThat(count("bench_contact_candidate")).isEqualTo(count("contact_candidate")).isPositive();
        assertThat(jdbc.queryForList("SELECT DISTINCT campaign || ' ' || step FROM bench_contact_candidate", String.class))
                .contains("OUTAGE PRE_NOTICE", "DUNNING PAYMENT_DUE", "DUNNING REMINDER_SMS", "RETENTION SAVING");
        assertThat(count("bench_contact_decision")).isEqualTo(count("contact_candidate")).isPositive();
        assertThat(distinct("bench_contact_decision", "decision"))
                .containsExactlyInAnyOrder("LISTED", "SENT", "CONTROL", "CARRIED", "SUPPRESSED");
        assertThat(distinct("bench_contact_decision", "reason"))
                .contains("LOST_PRIORITY", "NO_CONSENT", "DNC", "OUTAGE_SUPPRESSED");
    }

    @Test
    void aDecisionChangedOnOneSideIsReportedWithTheRow() {
        assertThat(Cli.run("bench", "--subscribers", "300", "--seed", "3", "--date", DAY.toString()).exitCode())
                .isZero();
        String changed = jdbc.queryForObject(
                "SELECT min(subscriber_id) FROM churn_score WHERE business_date = ?", String.class, DAY);
        jdbc.update("UPDATE bench_churn_score SET score = score + 1 WHERE subscriber_id = ?", changed);
        jdbc.update("DELETE FROM bench_dunning_case WHERE account_id = (SELECT min(account_id) FROM bench_dunning_case)");

        List<ResultComparison.Difference> differences = new ResultComparison(jdbc)
                .compare(DAY, List.of("scoring", "offers", "dunning"));

        ResultComparison.Difference scoring = differences.get(0);
        assertThat(scoring.flowOnly()).isOne();
        assertThat(scoring.baselineOnly()).isOne();
        assertThat(scoring.firstFlowOnly().get(0)).containsEntry("subscriber_id", changed);
        assertThat(differences.get(1).equal()).isTrue();
        assertThat(differences.get(2).flowOnly()).isOne();
        assertThat(differences.get(2).baselineOnly()).isZero();

        // a candidate the baseline did not build: the call lists differ, their decisions do not
        jdbc.update("DELETE FROM bench_contact_candidate WHERE subscriber_id = (SELECT min(subscriber_id) FROM bench_contact_candidate)"
                + " AND campaign = 'RETENTION'");
        List<ResultComparison.Difference> callLists = new ResultComparison(jdbc).compare(DAY, List.of("call-lists"));
        assertThat(callLists).hasSize(2);
        assertThat(callLists.get(0).flowOnly()).isOne();
        assertThat(callLists.get(0).baselineOnly()).isZero();
        assertThat(callLists.get(1).equal()).isTrue();

        // the next night has D's postponed contacts: the SQL does not rebuild those, and says so
        Cli.Result next = Cli.run("bench", "--skip-generate", "--date", DAY.plusDays(1).toString());
        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).containsPattern("call-lists .* equal")
                .contains("Call-list candidates not compared: D is not a first night");
    }

    @Test
    void skipGenerateWithNothingLoadedIsOneClearLine() {
        Cli.Result result = Cli.run("bench", "--skip-generate", "--date", DAY.toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("no operator is loaded").doesNotContain("Exception");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE business_date = ?", Long.class, DAY);
    }

    private List<String> distinct(String table, String column) {
        return jdbc.queryForList("SELECT DISTINCT " + column + " FROM " + table, String.class);
    }
}
