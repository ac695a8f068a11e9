package com.retention.jobs.model;

import com.retention.domain.model.Ranking;
import com.retention.domain.scoring.ChurnScorer;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.errors.UserInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * {@code model evaluate}: the learned model against the rule score on an external file with real
 * outcomes, by cross-validation with the same learner {@code model train} uses (README, "Learned
 * churn model").
 */
@Service
public class ModelEvaluation {

    private final ModelProperties properties;
    private final ScoringRules scoring;

    public ModelEvaluation(ModelProperties properties, ScoringRules scoring) {
        this.properties = properties;
        this.scoring = scoring;
    }

    /** What a run measured, in the lines the command prints. */
    public record Result(int rows, int leavers, double modelAuc, double ruleAuc, double modelLift, double ruleLift,
            List<String> lines) {
    }

    public Result evaluate(Path path, String label, String id, String mapping, LocalDate d) {
        return evaluate(path, label, id, mapping, d, Algorithm.LR);
    }

    public Result evaluate(Path path, String label, String id, String mapping, LocalDate d, Algorithm algorithm) {
        String[] kv = label == null ? new String[0] : label.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
            throw new UserInputException("--label takes COLUMN=VALUE, the column of the outcome and the value that means the subscriber left (got '" + label + "')");
        }
        LabelledFile file = LabelledFile.read(path, kv[0].strip(), kv[1].strip());
        if (id != null && file.indexOf(id) < 0) {
            throw new UserInputException("cannot evaluate " + file.name() + ": no column " + id + " for --id");
        }
        if (file.rows().size() < properties.folds() * 2) {
            throw new UserInputException("cannot evaluate " + file.name() + ": " + file.rows().size()
                    + " rows are too few for " + properties.folds() + "-fold cross-validation");
        }
        RuleFactsMapping facts = RuleFactsMapping.parse(mapping, file);
        Set<String> excluded = new HashSet<>(Set.of(LabelledFile.column(kv[0])));
        if (id != null) {
            excluded.add(LabelledFile.column(id));
        }
        FileFeatures features = new FileFeatures(file, excluded);

        ChurnScorer scorer = new ChurnScorer(scoring);
        double[] rule = new double[file.rows().size()];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = scorer.score(facts.signals(file.rows().get(i), file.rowNumbers()[i], d), d).score();
        }
        CrossValidation cv = new CrossValidation(new ChurnLearner(properties), algorithm, properties.folds(), properties.seed());
        double[] model = cv.outOfFold(features.rows(file), file.left());

        Ranking modelRanking = new Ranking(model, file.left());
        Ranking ruleRanking = new Ranking(rule, file.left());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s: %d rows, %d left (%.1f %%); features: %d number and %d category columns%s",
                file.name(), modelRanking.rows(), modelRanking.leavers(), 100.0 * modelRanking.leavers() / modelRanking.rows(),
                features.numbers().size(), features.categories().size(),
                features.ignored().isEmpty() ? "" : "; left out (a value in nearly every row): " + String.join(", ", features.ignored().keySet())));
        lines.add(String.format(Locale.ROOT, "AUC model %.3f (%s, %d-fold cross-validation, out-of-fold)",
                modelRanking.auc(), algorithm == Algorithm.GBT ? "gradient-boosted trees" : "logistic regression",
                properties.folds()));
        lines.add(String.format(Locale.ROOT, "AUC rule  %.3f (churn score%s)", ruleRanking.auc(),
                facts.mappedFacts().isEmpty() ? "; no --mapping: no fact known, every row scores 0"
                        : " from " + String.join(", ", facts.mappedFacts())));
        double modelLift = modelRanking.liftAtTop(0.1);
        double ruleLift = ruleRanking.liftAtTop(0.1);
        lines.add(String.format(Locale.ROOT, "lift in the top 10 %%: model %.2f, rule %.2f", modelLift, ruleLift));
        return new Result(modelRanking.rows(), modelRanking.leavers(), modelRanking.auc(), ruleRanking.auc(),
                modelLift, ruleLift, List.copyOf(lines));
    }
}
