package com.retention.domain.quality;

import com.retention.domain.outcomes.OutcomeCode;
import java.util.Objects;

/** One call of an agent that reached the subscriber in the month, as the quality sample weighs it. */
public record QaCall(String taskId, String agent, OutcomeCode outcome, Integer csat) {

    public QaCall {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(outcome, "outcome");
    }
}
