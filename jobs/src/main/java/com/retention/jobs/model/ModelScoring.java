package com.retention.jobs.model;

import com.retention.domain.model.ProbabilityBands;
import com.retention.jobs.facts.TariffCatalogue;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Whether the scoring job scores with a learned model: the promoted one, if any; else the rule score stays. */
@Service
public class ModelScoring {

    private final ModelStore store;
    private final ModelProperties properties;

    public ModelScoring(ModelStore store, ModelProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    public Optional<ModelScorer> promoted(TariffCatalogue catalogue) {
        ProbabilityBands bands = new ProbabilityBands(properties.highFrom(), properties.mediumFrom());
        return store.promoted().map(p -> new ModelScorer(p.id(), p.model(), bands, catalogue));
    }
}
