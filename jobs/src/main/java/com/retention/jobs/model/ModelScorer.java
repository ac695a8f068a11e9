package com.retention.jobs.model;

import com.retention.domain.model.ProbabilityBands;
import com.retention.domain.scoring.ChurnBand;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.domain.scoring.ReasonCode;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The churn score of the promoted model (README, "Learned churn model"): score = round(100 x p), the
 * band by probability thresholds, and as reasons the (at most three) features that add most to this
 * subscriber's odds of leaving, named with the rule's reason codes where a feature is one of its
 * seven signals (tenure below average is SHORT_TENURE, and so on), else {@code name=value}.
 */
public final class ModelScorer {

    static final int REASONS = 3;

    /** The features behind each of the rule's signals. */
    static final Map<String, ReasonCode> SIGNALS = Map.ofEntries(
            Map.entry("legacy_tariff", ReasonCode.LEGACY_TARIFF),
            Map.entry("saving_share", ReasonCode.OVERPAYING),
            Map.entry("charge_trend", ReasonCode.USAGE_DROP),
            Map.entry("last_month_charge", ReasonCode.USAGE_DROP),
            Map.entry("tickets_90d", ReasonCode.COMPLAINTS),
            Map.entry("complaint_90d", ReasonCode.COMPLAINTS),
            Map.entry("complaint_calls_90d", ReasonCode.COMPLAINTS),
            Map.entry("outage_hours_90d", ReasonCode.OUTAGE_HIT),
            Map.entry("overdue_now", ReasonCode.LATE_PAYER),
            Map.entry("max_days_late_90d", ReasonCode.LATE_PAYER),
            Map.entry("tenure_months", ReasonCode.SHORT_TENURE));

    private final long modelId;
    private final LearnedModel model;
    private final ProbabilityBands bands;
    private final SnapshotFeatures features;

    ModelScorer(long modelId, LearnedModel model, ProbabilityBands bands, TariffCatalogue catalogue) {
        this.modelId = modelId;
        this.model = model;
        this.bands = bands;
        this.features = new SnapshotFeatures(catalogue);
    }

    /** What scores.csv names the scorer by. */
    public String name() {
        return "model-" + modelId;
    }

    public record ModelScore(int score, ChurnBand band, String reasons) {
    }

    public ModelScore score(SubscriberFactsRow row, ChurnSignals signals, LocalDate d) {
        LearnedModel.Scored scored = model.score(features.of(row, signals, d));
        return new ModelScore(bands.score(scored.probability()), bands.bandOf(scored.probability()),
                reasons(scored.features(), scored.contributions()));
    }

    static String reasons(String[] names, double[] contributions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            // a missing number's indicator says the fact is unknown, not why the subscriber would leave
            if (contributions[i] > 0 && !names[i].endsWith(FeatureNames.MISSING)) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(contributions[b], contributions[a]));
        Set<String> reasons = new LinkedHashSet<>();
        for (int i : order) {
            if (reasons.size() == REASONS) {
                break;
            }
            ReasonCode code = SIGNALS.get(names[i]);
            String name = code != null ? code.name()
                    : names[i].startsWith(SnapshotFeatures.ATTRIBUTE) ? names[i].substring(SnapshotFeatures.ATTRIBUTE.length())
                    : names[i];
            reasons.add(name.replace(';', ','));
        }
        return String.join(";", reasons);
    }
}
