package com.retention.jobs.model;

import com.retention.jobs.errors.UserInputException;
import java.util.Arrays;
import java.util.Locale;

/** How a churn model learns (README, "Learned churn model"): logistic regression or gradient-boosted trees. */
public enum Algorithm {
    /** Tribuo's logistic regression by SGD with AdaGrad: the default. */
    LR,
    /** Tribuo's gradient-boosted trees (XGBoost). */
    GBT;

    /** As the command line and table churn_model spell it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code lr} or {@code gbt}; anything else is bad input. */
    public static Algorithm parse(String text) {
        return Arrays.stream(values()).filter(a -> a.code().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst()
                .orElseThrow(() -> new UserInputException("--algorithm must be lr or gbt (got " + text + ")"));
    }
}
