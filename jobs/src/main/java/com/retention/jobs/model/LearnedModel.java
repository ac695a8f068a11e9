package com.retention.jobs.model;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/** A trained churn model: the probability that a subscriber leaves, from their features. */
public final class LearnedModel {

    private final Model<Label> model;
    private final FeatureNames features;

    LearnedModel(Model<Label> model, FeatureNames features) {
        this.model = model;
        this.features = features;
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
}
