package com.retention.jobs.model;

import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the learned churn model: Tribuo's logistic regression (SGD, AdaGrad) or gradient-boosted
 * trees (XGBoost) over the features of {@link FeatureNames}, numbers standardised on the training rows
 * (the standardisation is kept with the model, so scoring applies the same one; trees do not need it
 * but it does them no harm).
 */
public final class ChurnLearner {

    static final String LEFT = "left";
    static final String STAYED = "stayed";

    private final ModelProperties properties;

    public ChurnLearner(ModelProperties properties) {
        this.properties = properties;
    }

    public LearnedModel train(List<FeatureRow> rows, boolean[] left) {
        return train(rows, left, Algorithm.LR);
    }

    public LearnedModel train(List<FeatureRow> rows, boolean[] left, Algorithm algorithm) {
        if (rows.size() != left.length) {
            throw new IllegalArgumentException("one outcome per row");
        }
        FeatureNames features = FeatureNames.fit(rows);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("churn rows", labels), labels);
        for (int i = 0; i < rows.size(); i++) {
            FeatureNames.Encoded e = features.encode(rows.get(i));
            data.add(new ArrayExample<>(new Label(left[i] ? LEFT : STAYED), e.names(), e.values()));
        }
        Model<Label> model = switch (algorithm) {
            case LR -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(properties.learningRate(), 0.1),
                    properties.epochs(), Integer.MAX_VALUE, 1, properties.seed()).train(data);
            // histogram splits (fast at 200 000 rows), all cores, no subsampling: the seed makes it repeatable
            case GBT -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                    properties.gbtTrees(), properties.gbtLearningRate(), 0, properties.gbtDepth(), 1, 1, 1, 1, 0,
                    Runtime.getRuntime().availableProcessors(), XGBoostTrainer.LoggingVerbosity.SILENT,
                    properties.seed()).train(data);
        };
        return new LearnedModel(model, features);
    }
}
