package com.retention.jobs.model;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.core.type.TypeReference;

/**
 * A trained churn model (a logistic regression or gradient-boosted trees): the probability that a
 * subscriber leaves, from their features. Stored as Tribuo's own protobuf form of the model plus the
 * standardisation of its numbers (JSON).
 */
public final class LearnedModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Model<Label> model;
    private final FeatureNames features;
    /** Per feature, how much it adds to the log-odds of leaving (the two labels' weights apart); and the intercept. */
    private final Map<String, Double> logOdds = new java.util.HashMap<>();
    private final double intercept;
    private final Algorithm algorithm;
    /** Gradient-boosted trees: evaluated from their dump; null for a logistic regression. */
    private final BoostedTrees trees;

    LearnedModel(Model<Label> model, FeatureNames features) {
        this.model = model;
        this.features = features;
        if (model instanceof XGBoostModel<Label> boosted) {
            algorithm = Algorithm.GBT;
            trees = new BoostedTrees(boosted);
            intercept = 0;
            return;
        }
        if (!(model instanceof LinearSGDModel linear)) {
            throw new IllegalStateException("neither a logistic regression nor boosted trees: " + model.getClass().getSimpleName());
        }
        algorithm = Algorithm.LR;
        trees = null;
        DenseMatrix weights = linear.getWeightsCopy();
        int left = model.getOutputIDInfo().getID(new Label(ChurnLearner.LEFT));
        int stayed = model.getOutputIDInfo().getID(new Label(ChurnLearner.STAYED));
        int n = model.getFeatureIDMap().size();
        for (VariableInfo info : model.getFeatureIDMap()) {
            int id = ((VariableIDInfo) info).getID();
            logOdds.put(info.getName(), weights.get(left, id) - weights.get(stayed, id));
        }
        // Tribuo keeps the bias as the last column of the weights
        intercept = weights.getDimension2Size() > n ? weights.get(left, n) - weights.get(stayed, n) : 0;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * The probability of leaving by the model's own formula (the logistic of the weighted sum, or of
     * the trees' sums: {@link BoostedTrees}), without building Tribuo's example objects or XGBoost's
     * native matrices: what the scoring job and validation call per subscriber. Pinned to
     * {@link #probability} by a test.
     */
    public Scored score(FeatureRow row) {
        FeatureNames.Encoded e = features.encode(row);
        if (trees != null) {
            return scoreTrees(e);
        }
        double z = intercept;
        String[] names = e.names();
        double[] values = e.values();
        double[] contributions = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            Double w = logOdds.get(names[i]);
            contributions[i] = w == null ? 0 : w * values[i];
            z += contributions[i];
        }
        return new Scored(1 / (1 + Math.exp(-z)), names, contributions);
    }

    /**
     * The trees' probability from the row's features in a dense vector by Tribuo's feature ids; a
     * feature the model never saw is ignored, as Tribuo does. What a split on a feature absent from
     * the row (a category the subscriber does not have) adds is not a reason of theirs and is left out.
     */
    private Scored scoreTrees(FeatureNames.Encoded e) {
        float[] x = new float[trees.featureCount()];
        java.util.Arrays.fill(x, Float.NaN);
        String[] names = e.names();
        int[] ids = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = model.getFeatureIDMap().getID(names[i]);
            if (ids[i] >= 0) {
                x[ids[i]] = (float) e.values()[i];
            }
        }
        double[] byId = new double[x.length];
        double z = trees.logOdds(x, byId);
        double[] contributions = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            contributions[i] = ids[i] >= 0 ? byId[ids[i]] : 0;
        }
        return new Scored(1 / (1 + Math.exp(-z)), names, contributions);
    }

    /** A subscriber's probability and what each of their features added to its log-odds. */
    public record Scored(double probability, String[] features, double[] contributions) {
    }

    public double probability(FeatureRow row) {
        FeatureNames.Encoded e = features.encode(row);
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label(ChurnLearner.STAYED), e.names(), e.values()));
        Label left = p.getOutputScores().get(ChurnLearner.LEFT);
        return left == null ? 0 : left.getScore();
    }

    /** How many distinct features the model weighs. */
    public int featureCount() {
        return model.getFeatureIDMap().size();
    }

    public byte[] modelBytes() {
        return model.serialize().toByteArray();
    }

    /** The numbers' standardisation, name to [mean, deviation], as JSON. */
    public String scalesJson() {
        return JSON.writeValueAsString(features.scales());
    }

    @SuppressWarnings("unchecked")
    public static LearnedModel load(byte[] modelBytes, String scalesJson) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(modelBytes));
            if (!model.validate(Label.class)) {
                throw new IllegalStateException("the stored model is not a classification model");
            }
            Map<String, double[]> scales = JSON.readValue(scalesJson, new TypeReference<LinkedHashMap<String, double[]>>() {
            });
            return new LearnedModel((Model<Label>) model, FeatureNames.of(scales));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the stored model cannot be read: " + e.getMessage(), e);
        }
    }
}
