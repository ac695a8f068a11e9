package com.retention.jobs.model;

import com.retention.domain.model.Ranking;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.errors.UserInputException;
import com.retention.jobs.launch.OperatorProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code model train}: snapshots of every subscriber's facts at past business dates, labelled by
 * termination within the horizon after each; trains on the older snapshots and validates on the
 * newest, beside the rule score on the same validation rows; stores the model (README, "Learned churn model").
 */
@Service
public class ModelTraining {

    static final List<Integer> HORIZONS = List.of(30, 60, 90);
    static final int CALIBRATION_BINS = 10;

    private final ModelProperties properties;
    private final ScoringRules scoring;
    private final OfferRules offers;
    private final OperatorProperties operator;
    private final SqlSessionFactory cursors;
    private final JdbcTemplate jdbc;
    private final ModelStore store;

    public ModelTraining(ModelProperties properties, ScoringRules scoring, OfferRules offers, OperatorProperties operator,
                         @Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursors, JdbcTemplate jdbc,
                         ModelStore store) {
        this.properties = properties;
        this.scoring = scoring;
        this.offers = offers;
        this.operator = operator;
        this.cursors = cursors;
        this.jdbc = jdbc;
        this.store = store;
    }

    public TrainedModel train(LocalDate asOf, int horizonDays) {
        return train(asOf, horizonDays, Algorithm.LR);
    }

    public TrainedModel train(LocalDate asOf, int horizonDays, Algorithm algorithm) {
        if (!HORIZONS.contains(horizonDays)) {
            throw new UserInputException("--horizon must be 30, 60 or 90 days (got " + horizonDays + ")");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; k < properties.snapshots(); k++) {
            dates.add(asOf.minusDays(horizonDays + (long) k * properties.snapshotStepDays()));
        }
        Snapshots snapshots = new Snapshots(cursors, scoring, offers, operator.timezone());

        // training: the older snapshots, sampled to at most max-training-rows (a seeded draw per subscriber and date)
        long candidates = 0;
        for (LocalDate d : dates.subList(1, dates.size())) {
            candidates += activeOn(d);
        }
        double rate = Math.min(1.0, (double) properties.maxTrainingRows() / Math.max(1, candidates));
        List<FeatureRow> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (LocalDate d : dates.subList(1, dates.size())) {
            snapshots.forEach(d, horizonDays, s -> {
                if (rate >= 1 || draw(s.subscriberId(), d) < rate) {
                    rows.add(s.features());
                    outcomes.add(s.left());
                }
            });
        }
        boolean[] left = new boolean[outcomes.size()];
        int leavers = 0;
        for (int i = 0; i < left.length; i++) {
            left[i] = outcomes.get(i);
            leavers += left[i] ? 1 : 0;
        }
        if (leavers == 0 || leavers == left.length) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "cannot train: %d of the %d training rows (snapshots %s to %s) left within %d days; both outcomes are needed",
                    leavers, left.length, dates.get(dates.size() - 1), dates.get(1), horizonDays));
        }
        LearnedModel model = new ChurnLearner(properties).train(rows, left, algorithm);
        List<String> features = new ArrayList<>(featuresOf(rows));
        rows.clear();

        // validation: the newest snapshot, streamed
        double[][] validation = new double[3][1024]; // model p, rule score, left
        int[] n = {0};
        snapshots.forEach(dates.get(0), horizonDays, s -> {
            if (n[0] == validation[0].length) {
                for (int i = 0; i < 3; i++) {
                    validation[i] = Arrays.copyOf(validation[i], n[0] * 2);
                }
            }
            validation[0][n[0]] = model.score(s.features()).probability(); // the scoring job's own formula
            validation[1][n[0]] = s.ruleScore();
            validation[2][n[0]] = s.left() ? 1 : 0;
            n[0]++;
        });
        boolean[] validationLeft = new boolean[n[0]];
        for (int i = 0; i < n[0]; i++) {
            validationLeft[i] = validation[2][i] == 1;
        }
        Ranking modelRanking = new Ranking(Arrays.copyOf(validation[0], n[0]), validationLeft);
        Ranking ruleRanking = new Ranking(Arrays.copyOf(validation[1], n[0]), validationLeft);
        if (modelRanking.leavers() == 0 || modelRanking.leavers() == modelRanking.rows()) {
            throw new UserInputException(String.format(Locale.ROOT,
                    "cannot validate: %d of the %d subscribers active on %s left within %d days; both outcomes are needed",
                    modelRanking.leavers(), modelRanking.rows(), dates.get(0), horizonDays));
        }
        double auc = modelRanking.auc();
        double ruleAuc = ruleRanking.auc();
        double lift = modelRanking.liftAtTop(0.1);
        double ruleLift = ruleRanking.liftAtTop(0.1);
        TrainedModel unsaved = new TrainedModel(0, asOf, horizonDays, dates, features, left.length, n[0], auc, ruleAuc,
                lift, ruleLift, false, List.of());
        long id = store.save(unsaved, model);
        boolean promote = auc - ruleAuc >= properties.promoteMargin();
        if (promote) {
            store.promote(id);
        }

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "model %d (%s): horizon %d days, trained on %d rows of %d snapshots (%s to %s%s),"
                        + " %d features; validated on %d subscribers active on %s, %d left (%.1f %%)",
                id, algorithm.code(), horizonDays, left.length, dates.size() - 1, dates.get(dates.size() - 1), dates.get(1),
                rate < 1 ? String.format(Locale.ROOT, ", a %.1f %% sample", 100 * rate) : "", features.size(),
                n[0], dates.get(0), modelRanking.leavers(), 100.0 * modelRanking.leavers() / n[0]));
        lines.add(String.format(Locale.ROOT, "AUC model %.3f", auc));
        lines.add(String.format(Locale.ROOT, "AUC rule  %.3f", ruleAuc));
        lines.add(String.format(Locale.ROOT, "lift in the top 10 %%: model %.2f, rule %.2f", lift, ruleLift));
        lines.add("calibration (validation rows in tenths by score): model mean p / churned, rule mean score / churned");
        List<Ranking.CalibrationBin> m = modelRanking.calibration(CALIBRATION_BINS);
        List<Ranking.CalibrationBin> r = ruleRanking.calibration(CALIBRATION_BINS);
        for (int i = 0; i < Math.max(m.size(), r.size()); i++) {
            lines.add(String.format(Locale.ROOT, "  %2d  %s   %s", i + 1,
                    i < m.size() ? String.format(Locale.ROOT, "%6d rows p %.3f churned %.3f", m.get(i).rows(),
                            m.get(i).meanScore(), m.get(i).churnRate()) : String.format("%36s", ""),
                    i < r.size() ? String.format(Locale.ROOT, "%6d rows score %5.1f churned %.3f", r.get(i).rows(),
                            r.get(i).meanScore(), r.get(i).churnRate()) : ""));
        }
        lines.add(promote
                ? String.format(Locale.ROOT, "promoted: its AUC beats the rule score's by %.3f (margin %.3f); scoring uses it",
                        auc - ruleAuc, properties.promoteMargin())
                : String.format(Locale.ROOT, "not promoted: its AUC beats the rule score's by %.3f, under the margin %.3f"
                        + " ('retention model promote %d' promotes it anyway)", auc - ruleAuc, properties.promoteMargin(), id));
        return new TrainedModel(id, asOf, horizonDays, dates, features, left.length, n[0], auc, ruleAuc, lift, ruleLift,
                promote, List.copyOf(lines));
    }

    private long activeOn(LocalDate d) {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM subscriber s WHERE s.activated_on < ?
                  AND (s.terminated_on >= ? OR (s.terminated_on IS NULL AND s.status <> 'TERMINATED'))
                """, Long.class, d, d);
        return count == null ? 0 : count;
    }

    /** A uniform draw in [0, 1) fixed by the seed, the subscriber and the date: the same sample every run. */
    private double draw(String subscriberId, LocalDate d) {
        return new SplittableRandom(properties.seed() * 31 + subscriberId.hashCode() * 1_000_003L + d.toEpochDay())
                .nextDouble();
    }

    private static TreeSet<String> featuresOf(List<FeatureRow> rows) {
        TreeSet<String> names = new TreeSet<>();
        for (FeatureRow row : rows) {
            names.addAll(row.numbers().keySet());
            names.addAll(row.categories().keySet());
        }
        return names;
    }
}
