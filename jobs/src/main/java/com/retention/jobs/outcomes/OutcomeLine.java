package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.jobs.ingest.parse.Reject;
import java.util.List;

/**
 * One worked row of an outcome file: the outcome it reports, or the reasons its cells were refused;
 * {@code key} names the row in its rejects ({@code task_id=...}, null when the task_id cell is empty).
 */
public record OutcomeLine(long rowNumber, ReportedOutcome outcome, List<Reject> rejects, String key) {

    public boolean rejected() {
        return !rejects.isEmpty();
    }
}
