package com.retention.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.jobs.errors.NotFoundException;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.support.Cli;
import com.retention.jobs.support.GeneratedOperator;
import com.retention.jobs.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code model train} on a generated operator whose subscribers leave, over the three months before
 * D, mostly when on a monthly contract (an attribute the rule score cannot see) and on a legacy
 * tariff (which it can): the model learns both from the snapshots and beats the rule score on the
 * newest snapshot, is stored and promoted, and loads back.
 */
class ModelTrainingTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 23);

    @Autowired
    ModelTraining training;

    @Autowired
    ModelStore store;

    @Test
    void theModelLearnsFromPastSnapshotsBeatsTheRuleScoreAndIsStoredAndPromoted() {
        GeneratedOperator.create(jdbc, 2_500);
        jdbc.update("""
                UPDATE subscriber SET attributes = jsonb_build_object('contract',
                    (ARRAY['monthly', 'one year', 'two years'])[(('x' || substr(md5('c' || subscriber_id), 1, 2))::bit(8)::int % 3) + 1])
                """);
        // leaves within D-84..D-1 with odds set by the contract (unseen by the rule) and a legacy tariff (seen)
        jdbc.update("""
                UPDATE subscriber s SET status = 'TERMINATED',
                       terminated_on = DATE '2026-08-31' + (('x' || substr(md5('day' || s.subscriber_id), 1, 8))::bit(32)::bigint % 84)::int
                WHERE s.status = 'ACTIVE'
                  AND ('x' || substr(md5('left' || s.subscriber_id), 1, 8))::bit(32)::bigint / 4294967296.0
                      < CASE s.attributes->>'contract' WHEN 'monthly' THEN 0.45 ELSE 0.04 END
                        * CASE WHEN s.tariff_code IN ('MOB_OLD', 'FTTB_100') THEN 1.6 ELSE 1 END
                """);

        String out = String.join("\n", training.train(D, 30).lines());
        System.out.println(out);
        assertThat(out).contains("trained on", "of 5 snapshots (2026-09-19 to 2026-10-17)",
                "validated on", "active on 2026-10-24", "calibration", "promoted: its AUC beats");
        double model = TelcoModelEvaluationTest.auc(out, "model");
        double rule = TelcoModelEvaluationTest.auc(out, "rule");
        assertThat(model).isGreaterThan(rule + 0.1);

        List<ModelStore.StoredModel> models = store.list();
        assertThat(models).hasSize(1);
        ModelStore.StoredModel stored = models.get(0);
        assertThat(stored.auc()).isEqualTo(Math.round(model * 1000) / 1000.0, org.assertj.core.api.Assertions.within(0.0005));
        assertThat(stored.promotedAt()).isNotNull();
        assertThat(stored.horizonDays()).isEqualTo(30);
        assertThat(jdbc.queryForObject("SELECT 'attr.contract' = ANY(features) FROM churn_model", Boolean.class)).isTrue();

        LearnedModel promoted = store.promoted().orElseThrow().model();
        FeatureRow monthly = new FeatureRow(java.util.Map.of("tenure_months", 24.0),
                java.util.Map.of("attr.contract", "monthly", "segment", "B2C"));
        FeatureRow twoYears = new FeatureRow(java.util.Map.of("tenure_months", 24.0),
                java.util.Map.of("attr.contract", "two years", "segment", "B2C"));
        assertThat(promoted.probability(monthly)).isGreaterThan(promoted.probability(twoYears));

        // the scoring job now scores with it: round(100 p), bands by probability, reasons by contribution
        Cli.Result scoring = Cli.run("run", "scoring", "--date", D.toString());
        assertThat(scoring.exitCode()).as(scoring.err()).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT model FROM churn_score", String.class))
                .containsExactly("model-" + stored.id());
        java.util.Map<String, Object> byContract = jdbc.queryForMap("""
                SELECT avg(c.score) FILTER (WHERE s.attributes->>'contract' = 'monthly') AS monthly,
                       avg(c.score) FILTER (WHERE s.attributes->>'contract' = 'two years') AS two_years,
                       count(*) FILTER (WHERE c.band = 'MEDIUM') AS medium,
                       count(*) FILTER (WHERE c.band = 'HIGH' AND c.score < 30 OR c.band = 'MEDIUM' AND c.score NOT BETWEEN 10 AND 30
                                        OR c.band = 'LOW' AND c.score > 10) AS off_band,
                       count(*) FILTER (WHERE c.reasons LIKE '%contract=monthly%') AS monthly_reason,
                       count(*) FILTER (WHERE c.reasons ~ '(^|;)(LEGACY_TARIFF|SHORT_TENURE|COMPLAINTS|LATE_PAYER)(;|$)') AS signal_reason
                FROM churn_score c JOIN subscriber s USING (subscriber_id)
                """);
        System.out.println("scored with the model: " + byContract);
        assertThat(((Number) byContract.get("monthly")).doubleValue())
                .isGreaterThan(((Number) byContract.get("two_years")).doubleValue() * 3);
        assertThat(((Number) byContract.get("medium")).longValue()).isPositive();
        assertThat(((Number) byContract.get("off_band")).longValue()).as("bands by probability 0.3 and 0.1").isZero();
        assertThat(((Number) byContract.get("monthly_reason")).longValue()).isPositive();
        assertThat(((Number) byContract.get("signal_reason")).longValue()).isPositive();

        // gradient-boosted trees on the same snapshots: the same figures, stored with their algorithm, and scoring uses them
        String trees = String.join("\n", training.train(D, 30, Algorithm.GBT).lines());
        System.out.println(trees);
        assertThat(trees).contains("(gbt): horizon 30 days", "of 5 snapshots (2026-09-19 to 2026-10-17)", "calibration");
        assertThat(TelcoModelEvaluationTest.auc(trees, "model")).isGreaterThan(TelcoModelEvaluationTest.auc(trees, "rule") + 0.1);
        ModelStore.StoredModel gbt = store.list().get(1);
        assertThat(List.of(stored.algorithm(), gbt.algorithm())).containsExactly("lr", "gbt");
        store.promote(gbt.id());
        assertThat(store.promoted().orElseThrow().model().algorithm()).isEqualTo(Algorithm.GBT);
        Cli.Result treeScoring = Cli.run("run", "scoring", "--date", D.toString(), "--rerun");
        assertThat(treeScoring.exitCode()).as(treeScoring.err()).isZero();
        java.util.Map<String, Object> byTrees = jdbc.queryForMap("""
                SELECT count(DISTINCT c.model) AS models, min(c.model) AS model,
                       avg(c.score) FILTER (WHERE s.attributes->>'contract' = 'monthly') AS monthly,
                       avg(c.score) FILTER (WHERE s.attributes->>'contract' = 'two years') AS two_years,
                       count(*) FILTER (WHERE c.reasons LIKE '%contract=monthly%') AS monthly_reason
                FROM churn_score c JOIN subscriber s USING (subscriber_id)
                """);
        System.out.println("scored with the trees: " + byTrees);
        assertThat(byTrees.get("models")).isEqualTo(1L);
        assertThat(byTrees.get("model")).isEqualTo("model-" + gbt.id());
        assertThat(((Number) byTrees.get("monthly")).doubleValue())
                .isGreaterThan(((Number) byTrees.get("two_years")).doubleValue() * 3);
        assertThat(((Number) byTrees.get("monthly_reason")).longValue()).isPositive();
        Cli.Result badAlgorithm = Cli.run("model", "train", "--as-of", D.toString(), "--algorithm", "forest");
        assertThat(badAlgorithm.exitCode()).isEqualTo(2);
        assertThat(badAlgorithm.err()).contains("--algorithm must be lr or gbt (got forest)");

        assertThatThrownBy(() -> store.promote(99)).isInstanceOf(NotFoundException.class)
                .hasMessage("no model 99 (see 'retention model list')");
        assertThatThrownBy(() -> training.train(D, 45)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("--horizon must be 30, 60 or 90");
        assertThatThrownBy(() -> training.train(LocalDate.of(2026, 6, 1), 30)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("both outcomes are needed");
    }
}
