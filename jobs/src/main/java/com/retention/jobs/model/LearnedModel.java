package com.retention.jobs.model;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.core.type.TypeReference;

/**
 * A trained churn model: the probability that a subscriber leaves, from their features. Stored as
 * Tribuo's own protobuf form of the model plus the standardisation of its numbers (JSON).
 */
public final class LearnedModel {

    private static final ObjectMapper JSON = new ObjectMapper();

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
