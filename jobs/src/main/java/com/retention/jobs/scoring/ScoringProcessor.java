package com.retention.jobs.scoring;

import com.retention.domain.scoring.ChurnScore;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.jobs.facts.ChurnSignalsBuilder;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.model.ModelScorer;
import com.retention.domain.scoring.ChurnSignals;
import java.util.Optional;
import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Facts in, churn score out: the promoted learned model over the subscriber's features when there is
 * one, else the domain's rule scorer over their signals (README, "Learned churn model").
 */
public class ScoringProcessor implements ItemProcessor<SubscriberFactsRow, ChurnScoreRow> {

    private final ChurnSignalsBuilder signals;
    private final ChurnScorer scorer;
    private final LocalDate businessDate;
    private final ModelScorer model;

    public ScoringProcessor(ChurnSignalsBuilder signals, ChurnScorer scorer, LocalDate businessDate,
                            Optional<ModelScorer> model) {
        this.signals = signals;
        this.scorer = scorer;
        this.businessDate = businessDate;
        this.model = model.orElse(null);
    }

    @Override
    public ChurnScoreRow process(SubscriberFactsRow row) {
        ChurnSignals facts = signals.signals(row);
        if (model != null) {
            ModelScorer.ModelScore score = model.score(row, facts, businessDate);
            return new ChurnScoreRow(businessDate, row.subscriberId(), score.score(), score.band().name(),
                    score.reasons(), model.name());
        }
        ChurnScore score = scorer.score(facts, businessDate);
        return new ChurnScoreRow(businessDate, row.subscriberId(), score.score(), score.band().name(),
                score.reasonsJoined(), ChurnScoreRow.RULE);
    }
}
