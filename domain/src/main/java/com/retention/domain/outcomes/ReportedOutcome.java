package com.retention.domain.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One worked task as the team's file reports it: the agent's columns, read and typed. */
public record ReportedOutcome(
        String taskId,
        OutcomeCode code,
        Instant contactedAt,
        Integer talkSeconds,
        String agent,
        Instant callbackAt,
        LocalDate promiseDate,
        BigDecimal promiseAmount,
        String note) {

    public ReportedOutcome {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(code, "code");
    }
}
