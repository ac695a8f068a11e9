package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.outcomes.TaskState;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A call task with its offer and recorded outcome, as {@link OutcomeMapper#taskStates} reads it. */
public record TaskStateRow(String taskId, LocalDate businessDate, int attempt, String status, String offerStatus,
        String recorded, OffsetDateTime recordedAt) {

    TaskState toState() {
        return new TaskState(taskId, businessDate, attempt, "OPEN".equals(status), offerStatus,
                recorded == null ? null : OutcomeCode.valueOf(recorded), recordedAt == null ? null : recordedAt.toInstant());
    }
}
