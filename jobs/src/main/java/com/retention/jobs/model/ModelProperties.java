package com.retention.jobs.model;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the learned churn model is trained (README, "Learned churn model"): Tribuo's logistic regression
 * by stochastic gradient descent with AdaGrad over standardised features.
 *
 * @param epochs       passes over the training rows
 * @param learningRate AdaGrad's initial learning rate
 * @param folds        folds of {@code model evaluate}'s cross-validation
 * @param seed         the seed of the row order, the folds and the SGD shuffles: the same input gives the same model
 * @param snapshots    {@code model train}: business dates looked back at; the newest validates, the others train
 * @param snapshotStepDays days between two snapshots
 * @param maxTrainingRows at most this many training rows are kept (a seeded sample of each snapshot beyond)
 * @param promoteMargin a trained model whose validation AUC beats the rule score's by this much is promoted
 * @param highFrom     scoring with a model: band HIGH from this probability of leaving within the horizon
 * @param mediumFrom   band MEDIUM from this probability; LOW below
 * @param gbtTrees     {@code --algorithm gbt}: boosting rounds (each adds one tree per label)
 * @param gbtDepth     {@code --algorithm gbt}: the trees' maximum depth
 * @param gbtLearningRate {@code --algorithm gbt}: the shrinkage of each round (XGBoost's eta)
 */
@ConfigurationProperties(prefix = "retention.model")
public record ModelProperties(Integer epochs, Double learningRate, Integer folds, Long seed, Integer snapshots,
        Integer snapshotStepDays, Integer maxTrainingRows, Double promoteMargin, Double highFrom, Double mediumFrom,
        Integer gbtTrees, Integer gbtDepth, Double gbtLearningRate) {

    public ModelProperties {
        epochs = atLeast(epochs, 10, 1, "epochs");
        folds = atLeast(folds, 5, 2, "folds");
        learningRate = learningRate == null ? 0.1 : learningRate;
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("retention.model.learning-rate must be positive");
        }
        seed = seed == null ? 1L : seed;
        snapshots = atLeast(snapshots, 6, 2, "snapshots");
        snapshotStepDays = atLeast(snapshotStepDays, 7, 1, "snapshot-step-days");
        maxTrainingRows = atLeast(maxTrainingRows, 200_000, 100, "max-training-rows");
        promoteMargin = promoteMargin == null ? 0.02 : promoteMargin;
        highFrom = highFrom == null ? 0.3 : highFrom;
        mediumFrom = mediumFrom == null ? 0.1 : mediumFrom;
        new com.retention.domain.model.ProbabilityBands(highFrom, mediumFrom); // refuses thresholds out of order
        gbtTrees = atLeast(gbtTrees, 100, 1, "gbt-trees");
        gbtDepth = atLeast(gbtDepth, 4, 1, "gbt-depth");
        gbtLearningRate = gbtLearningRate == null ? 0.1 : gbtLearningRate;
        if (!(gbtLearningRate > 0 && gbtLearningRate <= 1)) {
            throw new IllegalArgumentException("retention.model.gbt-learning-rate must be in (0, 1]");
        }
    }

    public static ModelProperties defaults() {
        return new ModelProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int atLeast(Integer value, int fallback, int min, String name) {
        int v = value == null ? fallback : value;
        if (v < min) {
            throw new IllegalArgumentException("retention.model." + name + " must be at least " + min);
        }
        return v;
    }
}
