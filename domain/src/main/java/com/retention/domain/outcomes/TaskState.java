package com.retention.domain.outcomes;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the database knows of a call task when an outcome for it arrives.
 *
 * @param offerStatus the status of the task's offer (OPEN, ACCEPTED, ...), null when it has no offer
 * @param recorded    the outcome already recorded for it, null when none
 * @param recordedAt  that outcome's contacted_at, null when unknown
 */
public record TaskState(String taskId, LocalDate listDate, int attempt, boolean open, String offerStatus,
        OutcomeCode recorded, Instant recordedAt) {

    public boolean hasOffer() {
        return offerStatus != null;
    }

    /** The state after an outcome was applied: the next row of the same task sees it. */
    public TaskState after(ReportedOutcome outcome) {
        String offer = offerStatus;
        if ("OPEN".equals(offerStatus) && outcome.code() == OutcomeCode.ACCEPTED) {
            offer = "ACCEPTED";
        } else if ("OPEN".equals(offerStatus) && outcome.code() == OutcomeCode.DECLINED) {
            offer = "DECLINED";
        }
        return new TaskState(taskId, listDate, attempt, outcome.code().keepsTaskOpen(attempt), offer, outcome.code(),
                outcome.contactedAt());
    }
}
