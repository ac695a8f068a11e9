package com.retention.jobs.outcomes;

import com.retention.domain.dunning.DunningPause;
import com.retention.domain.dunning.DunningRules;
import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.domain.outcomes.TaskState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The outcomes of one chunk that change something, one per task, as parallel arrays: the SQL of
 * {@link OutcomeMapper} unnests them, so each consequence costs one statement per chunk. Values
 * are canonical text (ISO dates and instants) cast in SQL.
 *
 * @param statuses    the task's status after the outcome (OPEN while a follow-up is due)
 * @param contactDays the operator's date of contacted_at, else the list date
 * @param pausedUntil the last day of a dunning pause, null when the code pauses nothing
 */
public record AppliedOutcomes(String[] taskIds, String[] outcomes, String[] contactedAts, String[] talkSeconds,
        String[] agents, String[] callbackAts, String[] promiseDates, String[] promiseAmounts, String[] notes,
        String[] csats, String[] ringSeconds, String[] waitSeconds,
        String[] statuses, String[] contactDays, String[] pausedUntil, String sourceFile) {

    /** An outcome to apply with the state of its task before it. */
    public record Applied(ReportedOutcome outcome, TaskState before) {
    }

    public static AppliedOutcomes of(Collection<Applied> applied, ZoneId operatorZone, DunningRules dunning,
            String sourceFile) {
        int n = applied.size();
        AppliedOutcomes a = new AppliedOutcomes(new String[n], new String[n], new String[n], new String[n], new String[n],
                new String[n], new String[n], new String[n], new String[n], new String[n], new String[n], new String[n],
                new String[n], new String[n], new String[n], sourceFile);
        int i = 0;
        for (Applied each : applied) {
            ReportedOutcome o = each.outcome();
            OutcomeCode code = o.code();
            LocalDate contactDay = o.contactedAt() == null ? each.before().listDate()
                    : o.contactedAt().atZone(operatorZone).toLocalDate();
            a.taskIds[i] = o.taskId();
            a.outcomes[i] = code.name();
            a.contactedAts[i] = text(o.contactedAt());
            a.talkSeconds[i] = text(o.talkSeconds());
            a.agents[i] = o.agent();
            a.callbackAts[i] = text(o.callbackAt());
            a.promiseDates[i] = text(o.promiseDate());
            a.promiseAmounts[i] = o.promiseAmount() == null ? null : o.promiseAmount().toPlainString();
            a.notes[i] = o.note();
            a.csats[i] = text(o.csat());
            a.ringSeconds[i] = text(o.ringSeconds());
            a.waitSeconds[i] = text(o.waitSeconds());
            a.statuses[i] = code.keepsTaskOpen(each.before().attempt()) ? "OPEN" : "CLOSED";
            a.contactDays[i] = contactDay.toString();
            a.pausedUntil[i] = DunningPause.after(code, contactDay, o.promiseDate(), dunning)
                    .map(p -> p.until().toString()).orElse(null);
            i++;
        }
        return a;
    }

    public boolean isEmpty() {
        return taskIds.length == 0;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
