package com.retention.jobs.tasks;

/**
 * One task's outcome as a dialer or the agent screen gives it. Every value is text, read by the same
 * parser as a worked workbook's cells (times like {@code 2026-11-22T10:15} or {@code 22.11.2026 10:15}
 * in the operator's zone or with an offset, amounts with a point or a comma); {@code agent} defaults
 * to the caller's login. A dialer may add {@code csat} (1-5), {@code ringSeconds}, {@code waitSeconds}.
 */
public record TaskOutcome(String outcome, String contactedAt, String talkSeconds, String callbackAt,
        String promiseDate, String promiseAmount, String note, String agent, String csat, String ringSeconds,
        String waitSeconds) {

    /** An outcome as the agent screen gives it: no dialer figures. */
    public TaskOutcome(String outcome, String contactedAt, String talkSeconds, String callbackAt, String promiseDate,
                       String promiseAmount, String note, String agent) {
        this(outcome, contactedAt, talkSeconds, callbackAt, promiseDate, promiseAmount, note, agent, null, null, null);
    }

    TaskOutcome contactedAt(String at) {
        return new TaskOutcome(outcome, at, talkSeconds, callbackAt, promiseDate, promiseAmount, note, agent, csat,
                ringSeconds, waitSeconds);
    }
}
