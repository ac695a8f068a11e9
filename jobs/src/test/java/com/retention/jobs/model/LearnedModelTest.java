package com.retention.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scoring job's fast formula equals Tribuo's prediction, and a stored model predicts as before. */
class LearnedModelTest {

    @Test
    void theWeightedSumIsTribuosPredictionAndTheStoredModelLoadsTheSame() {
        List<FeatureRow> rows = new ArrayList<>();
        boolean[] left = sample(rows);
        LearnedModel model = new ChurnLearner(ModelProperties.defaults()).train(rows, left);
        LearnedModel loaded = LearnedModel.load(model.modelBytes(), model.scalesJson());
        for (FeatureRow row : rows.subList(0, 50)) {
            double p = model.probability(row);
            assertThat(model.score(row).probability()).isCloseTo(p, within(1e-9));
            assertThat(loaded.probability(row)).isCloseTo(p, within(1e-12));
            assertThat(loaded.score(row).probability()).isCloseTo(p, within(1e-9));
        }
        FeatureRow monthly = new FeatureRow(Map.of("tenure_months", 30.0), Map.of("attr.contract", "monthly"));
        LearnedModel.Scored scored = model.score(monthly);
        int contract = List.of(scored.features()).indexOf("attr.contract=monthly");
        assertThat(scored.contributions()[contract]).as("a monthly contract adds to the odds of leaving").isPositive();
        assertThat(List.of(scored.features())).contains("charge_trend@missing");
    }

    @Test
    void boostedTreesFromTheirDumpAreTribuosPredictionAndTheStoredModelLoadsTheSame() {
        List<FeatureRow> rows = new ArrayList<>();
        boolean[] left = sample(rows);
        LearnedModel model = new ChurnLearner(ModelProperties.defaults()).train(rows, left, Algorithm.GBT);
        assertThat(model.algorithm()).isEqualTo(Algorithm.GBT);
        LearnedModel loaded = LearnedModel.load(model.modelBytes(), model.scalesJson());
        assertThat(loaded.algorithm()).isEqualTo(Algorithm.GBT);
        LearnedModel again = new ChurnLearner(ModelProperties.defaults()).train(rows, left, Algorithm.GBT);
        // rows the trees saw, and rows with a contract value and numbers they never saw
        List<FeatureRow> probes = new ArrayList<>(rows.subList(0, 200));
        probes.add(new FeatureRow(Map.of("tenure_months", 200.0), Map.of("attr.contract", "two years")));
        probes.add(new FeatureRow(Map.of(), Map.of()));
        for (FeatureRow row : probes) {
            double p = model.probability(row);
            // XGBoost sums its trees in single precision
            assertThat(model.score(row).probability()).isCloseTo(p, within(1e-5));
            assertThat(loaded.probability(row)).isCloseTo(p, within(1e-9));
            assertThat(loaded.score(row).probability()).isCloseTo(p, within(1e-5));
            assertThat(again.probability(row)).as("the same rows and seed give the same trees").isEqualTo(p);
        }
        LearnedModel.Scored monthly = model.score(new FeatureRow(Map.of("tenure_months", 30.0, "charge_trend", 0.0),
                Map.of("attr.contract", "monthly")));
        int contract = List.of(monthly.features()).indexOf("attr.contract=monthly");
        assertThat(monthly.contributions()[contract]).as("a monthly contract adds to the odds of leaving").isPositive();
        LearnedModel.Scored shortTenure = model.score(new FeatureRow(Map.of("tenure_months", 2.0, "charge_trend", 0.0),
                Map.of("attr.contract", "yearly")));
        int tenure = List.of(shortTenure.features()).indexOf("tenure_months");
        assertThat(shortTenure.contributions()[tenure]).as("a short tenure adds to the odds of leaving").isPositive();
    }

    /** 600 rows: monthly contracts and short tenures leave more often; some trends are missing. */
    private static boolean[] sample(List<FeatureRow> rows) {
        Random random = new Random(3);
        boolean[] left = new boolean[600];
        for (int i = 0; i < left.length; i++) {
            Map<String, Double> n = new HashMap<>();
            double tenure = random.nextInt(60);
            n.put("tenure_months", tenure);
            if (i % 7 != 0) {
                n.put("charge_trend", random.nextGaussian());
            }
            String contract = random.nextBoolean() ? "monthly" : "yearly";
            rows.add(new FeatureRow(n, Map.of("attr.contract", contract)));
            left[i] = random.nextDouble() < (contract.equals("monthly") ? 0.4 : 0.05) + (tenure < 6 ? 0.2 : 0);
        }
        return left;
    }
}
