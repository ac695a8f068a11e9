package com.retention.domain.outcomes;

import java.time.LocalDate;

/**
 * Whether a reported outcome may be applied to its task, as a pure function of the row, the task's
 * state and the file's list date. The rules, in order:
 * <ol>
 * <li>an unknown task, or a task of another day's list than the file's, is rejected;</li>
 * <li>the outcome already recorded, again, changes nothing;</li>
 * <li>a call made before the recorded outcome's call is an earlier attempt the recorded one
 *     superseded (a dialer file lists every attempt): nothing changes;</li>
 * <li>a different outcome for a closed task is rejected; an open task (a callback or a retry not
 *     yet listed) takes the newer outcome;</li>
 * <li>a code's own needs: PROMISE_TO_PAY a promise date, CALLBACK a callback time, ACCEPTED an
 *     open offer.</li>
 * </ol>
 */
public final class OutcomeCheck {

    private OutcomeCheck() {
    }

    public static Verdict check(ReportedOutcome row, TaskState task, LocalDate fileDay) {
        if (task == null) {
            return Verdict.reject("task_id", TaskId.isWellFormed(row.taskId()) ? "unknown task"
                    : "unknown task (a task id looks like 20261122-000042)");
        }
        if (fileDay != null && !task.listDate().equals(fileDay)) {
            return Verdict.reject("task_id", "task of the list of " + task.listDate() + ", but this file is the list of "
                    + fileDay);
        }
        if (task.recorded() == row.code()) {
            return Verdict.unchanged("recorded already");
        }
        if (task.recorded() != null && task.recordedAt() != null && row.contactedAt() != null
                && row.contactedAt().isBefore(task.recordedAt())) {
            return Verdict.unchanged("an earlier call than the recorded " + task.recorded());
        }
        if (task.recorded() != null && !task.open()) {
            return Verdict.reject("outcome", "the task is closed with outcome " + task.recorded()
                    + "; a different outcome is not accepted");
        }
        if (!task.open() && task.recorded() == null) {
            return Verdict.reject("task_id", "the task is closed (its follow-up was listed already)");
        }
        return needs(row, task);
    }

    private static Verdict needs(ReportedOutcome row, TaskState task) {
        OutcomeCode code = row.code();
        if (code.requiresPromiseDate() && row.promiseDate() == null) {
            return Verdict.reject("promise_date", "PROMISE_TO_PAY needs a promise_date");
        }
        if (code.requiresCallbackTime() && row.callbackAt() == null) {
            return Verdict.reject("callback_at", "CALLBACK needs a callback_at");
        }
        if (code.requiresOffer() && !task.hasOffer()) {
            return Verdict.reject("outcome", "ACCEPTED, but the task has no offer to accept");
        }
        if (code.requiresOffer() && !"OPEN".equals(task.offerStatus())) {
            return Verdict.reject("outcome", "ACCEPTED, but the task's offer is " + task.offerStatus() + " already");
        }
        return Verdict.apply();
    }
}
