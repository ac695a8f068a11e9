package com.retention.jobs.scoring;

import com.retention.domain.scoring.ChurnScore;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.jobs.facts.SubscriberFactsRow;
import java.time.LocalDate;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Facts in, churn score out: the domain scorer over the signals of one subscriber. */
public class ScoringProcessor implements ItemProcessor<SubscriberFactsRow, ChurnScoreRow> {

    private final ChurnSignalsBuilder signals;
    private final ChurnScorer scorer;
    private final LocalDate businessDate;

    public ScoringProcessor(ChurnSignalsBuilder signals, ChurnScorer scorer, LocalDate businessDate) {
        this.signals = signals;
        this.scorer = scorer;
        this.businessDate = businessDate;
    }

    @Override
    public ChurnScoreRow process(SubscriberFactsRow row) {
        ChurnScore score = scorer.score(signals.signals(row), businessDate);
        return new ChurnScoreRow(businessDate, row.subscriberId(), score.score(), score.band().name(),
                score.reasonsJoined());
    }
}
