package com.retention.jobs.model;

import java.time.LocalDate;
import java.util.List;

/** What one {@code model train} measured: the validation figures of the model and of the rule score. */
public record TrainedModel(long id, LocalDate asOf, int horizonDays, List<LocalDate> snapshots, List<String> features,
        int trainingRows, int validationRows, double auc, double ruleAuc, double lift, double ruleLift,
        boolean promoted, List<String> lines) {
}
