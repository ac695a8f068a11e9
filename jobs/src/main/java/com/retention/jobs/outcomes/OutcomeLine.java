package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.jobs.ingest.parse.Reject;
import java.util.List;

/** One worked row of an outcome file: the outcome it reports, or the reasons its cells were refused. */
public record OutcomeLine(long rowNumber, ReportedOutcome outcome, List<Reject> rejects) {

    public boolean rejected() {
        return !rejects.isEmpty();
    }
}
