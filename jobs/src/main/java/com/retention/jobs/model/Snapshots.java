package com.retention.jobs.model;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.SavingShare;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.facts.FactsMapper;
import com.retention.jobs.facts.FactsQuery;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.partitioning.KeyRange;
import com.retention.jobs.facts.ChurnSignalsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The subscribers active on a past business date D with the facts the scoring job would have read
 * that night (the same facts query, cut at D), their rule score of D, and whether they left within
 * the horizon after D. Streamed: one subscriber at a time, nothing held.
 */
final class Snapshots {

    /** One subscriber on D. */
    record Snapshot(String subscriberId, FeatureRow features, int ruleScore, boolean left) {
    }

    interface Sink {
        void accept(Snapshot snapshot);
    }

    private final SqlSessionFactory cursors;
    private final ScoringRules scoring;
    private final OfferRules offers;
    private final ZoneId zone;

    Snapshots(SqlSessionFactory cursors, ScoringRules scoring, OfferRules offers, ZoneId zone) {
        this.cursors = cursors;
        this.scoring = scoring;
        this.offers = offers;
        this.zone = zone;
    }

    /** Streams the subscribers active on {@code d}; returns how many there were. */
    long forEach(LocalDate d, int horizonDays, Sink sink) {
        FactsQuery query = FactsQuery.of(BusinessDay.nightly(d, zone), scoring, offers, false);
        TariffCatalogue catalogue = TariffCatalogue.load(cursors);
        ChurnSignalsBuilder signals = new ChurnSignalsBuilder(scoring, new SavingShare(offers), catalogue, query);
        ChurnScorer scorer = new ChurnScorer(scoring);
        SnapshotFeatures features = new SnapshotFeatures(catalogue);
        LocalDate horizonEnd = d.plusDays(horizonDays);
        long count = 0;
        try (SqlSession session = cursors.openSession();
                Cursor<SubscriberFactsRow> rows = session.getMapper(FactsMapper.class).facts(query.snapshotIn(KeyRange.ALL))) {
            for (SubscriberFactsRow row : rows) {
                ChurnSignals s = signals.signals(row);
                boolean left = row.terminatedOn() != null && row.terminatedOn().isBefore(horizonEnd);
                sink.accept(new Snapshot(row.subscriberId(), features.of(row, s, d), scorer.score(s, d).score(), left));
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
