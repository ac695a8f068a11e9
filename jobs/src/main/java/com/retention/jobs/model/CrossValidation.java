package com.retention.jobs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation: every row is predicted once by a model trained on the other folds, so the
 * out-of-fold probabilities of all rows can be ranked together, beside the rule score on the same
 * rows. Folds are stratified (leavers and stayers dealt out separately, in a seeded random order),
 * so each fold has the file's churn rate.
 */
public final class CrossValidation {

    private final ChurnLearner learner;
    private final Algorithm algorithm;
    private final int folds;
    private final long seed;

    public CrossValidation(ChurnLearner learner, int folds, long seed) {
        this(learner, Algorithm.LR, folds, seed);
    }

    public CrossValidation(ChurnLearner learner, Algorithm algorithm, int folds, long seed) {
        this.learner = learner;
        this.algorithm = algorithm;
        this.folds = folds;
        this.seed = seed;
    }

    public double[] outOfFold(List<FeatureRow> rows, boolean[] left) {
        int[] fold = folds(left);
        double[] probability = new double[rows.size()];
        for (int f = 0; f < folds; f++) {
            List<FeatureRow> train = new ArrayList<>();
            List<Boolean> trainLeft = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    train.add(rows.get(i));
                    trainLeft.add(left[i]);
                }
            }
            boolean[] outcomes = new boolean[trainLeft.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = trainLeft.get(i);
            }
            LearnedModel model = learner.train(train, outcomes, algorithm);
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == f) {
                    probability[i] = model.score(rows.get(i)).probability();
                }
            }
        }
        return probability;
    }

    int[] folds(boolean[] left) {
        if (left.length < folds) {
            throw new IllegalArgumentException(folds + "-fold cross-validation needs at least " + folds + " rows");
        }
        List<Integer> leavers = new ArrayList<>();
        List<Integer> stayers = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            (left[i] ? leavers : stayers).add(i);
        }
        Random random = new Random(seed);
        java.util.Collections.shuffle(leavers, random);
        java.util.Collections.shuffle(stayers, random);
        int[] fold = new int[left.length];
        int next = 0;
        for (List<Integer> group : List.of(leavers, stayers)) {
            for (int i : group) {
                fold[i] = next++ % folds;
            }
        }
        return fold;
    }
}
