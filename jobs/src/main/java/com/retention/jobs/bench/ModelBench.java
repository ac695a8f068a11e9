package com.retention.jobs.bench;

import com.retention.jobs.model.Algorithm;
import com.retention.jobs.model.ModelStore;
import com.retention.jobs.model.ModelTraining;
import com.retention.jobs.model.TrainedModel;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code bench --model}: trains a model of each algorithm on the operator loaded ({@code model train
 * --algorithm lr}, then {@code gbt}; horizon 30 days, timed), promotes each for one more scoring run
 * of the same date, and sets the model's scoring time beside the rule's (README, "Learned churn
 * model"). The model promoted before, if any, is promoted again afterwards; the bench's models stay
 * listed, not promoted.
 */
final class ModelBench {

    static final int HORIZON = 30;

    /** One algorithm's training and its scoring run. */
    record Trained(TrainedModel trained, Algorithm algorithm, Duration trainTook, FlowStep scoring) {
    }

    /** Training and each model's scoring run, beside the rule's scoring run. */
    record Result(List<Trained> models, FlowStep ruleAgain) {
    }

    private final ModelTraining training;
    private final ModelStore store;

    ModelBench(ModelTraining training, ModelStore store) {
        this.training = training;
        this.store = store;
    }

    Result run(LocalDate date, FlowRunner flow, Optional<Long> promotedBefore, PrintWriter progress) {
        List<Trained> models = new ArrayList<>();
        for (Algorithm algorithm : Algorithm.values()) {
            progress.println("Training a model on the operator loaded (model train --as-of " + date + " --horizon " + HORIZON
                    + " --algorithm " + algorithm.code() + ")...");
            progress.flush();
            long start = System.nanoTime();
            TrainedModel trained = training.train(date, HORIZON, algorithm);
            Duration trainTook = Duration.ofNanos(System.nanoTime() - start);
            progress.println("Scoring again with model " + trained.id() + " (" + algorithm.code() + ")...");
            progress.flush();
            try {
                store.promote(trained.id());
                models.add(new Trained(trained, algorithm, trainTook, flow.runOne("scoring", date)));
            } finally {
                store.stepBack();
            }
        }
        // D's scores go back to the rule's, which the other jobs of this bench decided on; timed too, as the
        // rule's run on a JVM as warm as the models' (the flow's scoring ran first, on a cold one)
        progress.println("Scoring again by the rule, as the flow left it...");
        progress.flush();
        FlowStep ruleAgain = flow.runOne("scoring", date);
        promotedBefore.ifPresent(store::promote);
        return new Result(List.copyOf(models), ruleAgain);
    }

    static void print(Result r, FlowStep ruleScoring, PrintWriter out) {
        FlowStep again = r.ruleAgain();
        for (Trained model : r.models()) {
            TrainedModel t = model.trained();
            out.printf(Locale.ROOT, "Model %d (%s): trained in %.1f s on %,d rows (%d snapshots), validated on %,d: AUC %.3f"
                            + " against the rule's %.3f.%n", t.id(), model.algorithm().code(),
                    model.trainTook().toNanos() / 1e9, t.trainingRows(), t.snapshots().size() - 1, t.validationRows(),
                    t.auc(), t.ruleAuc());
            FlowStep m = model.scoring();
            out.printf(Locale.ROOT, "Scoring with the model: %.2f s, %,.0f rows/s, java cpu %.1f s; with the rule: %.2f s;"
                            + " model/rule %.2f (%s), %s; against the rule again (as warm a JVM) %.2f.%n",
                    m.seconds(), m.rowsPerSecond(), m.javaCpu().toNanos() / 1e9, ruleScoring.seconds(),
                    m.seconds() / ruleScoring.seconds(), m.status(), model.algorithm().code(), m.seconds() / again.seconds());
        }
        out.printf(Locale.ROOT, "The rule again after the models (as warm a JVM): %.2f s, java cpu %.1f s.%n",
                again.seconds(), again.javaCpu().toNanos() / 1e9);
    }
}
