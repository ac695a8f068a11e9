package com.retention.jobs.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One bench run: what was loaded, the flow job by job, the baseline step by step and whether the
 * two decided the same.
 *
 * @param loaded     rows generated and loaded; 0 with --skip-generate
 * @param loadTook   how long generating and loading took
 * @param flowTook   wall time of the whole flow (every job, one after the other)
 * @param floor      the inputs read once and D's outputs written once by COPY: the least the flow could take
 * @param model      {@code bench --model}: training and the scoring job with the model; null without
 */
public record BenchResult(LocalDate date, long subscribers, long activeSubscribers, long loaded, Duration loadTook,
                          List<FlowStep> flow, Duration flowTook, Floor.Result floor, List<BaselineRunner.StepTime> baseline,
                          List<ResultComparison.Difference> differences, ModelBench.Result model) {

    public Optional<BaselineRunner.StepTime> baselineOf(String step) {
        return baseline.stream().filter(b -> b.step().equals(step)).findFirst();
    }

    /** The step's comparison; of a step with two (call-lists: candidates, decisions), one that differs if any. */
    public Optional<ResultComparison.Difference> differenceOf(String step) {
        return differences.stream().filter(d -> d.step().equals(step))
                .min(Comparator.comparing(ResultComparison.Difference::equal));
    }

    public boolean flowCompleted() {
        return flow.stream().allMatch(step -> "COMPLETED".equals(step.status()));
    }

    public boolean allEqual() {
        return differences.stream().allMatch(ResultComparison.Difference::equal);
    }
}
