package com.retention.domain.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One worked task as the team's file reports it: the agent's columns, read and typed. The dialer's
 * optional figures: {@code csat} (the subscriber's rating 1-5, when they gave one), {@code ringSeconds}
 * and {@code waitSeconds}.
 */
public record ReportedOutcome(
        String taskId,
        OutcomeCode code,
        Instant contactedAt,
        Integer talkSeconds,
        String agent,
        Instant callbackAt,
        LocalDate promiseDate,
        BigDecimal promiseAmount,
        String note,
        Integer csat,
        Integer ringSeconds,
        Integer waitSeconds) {

    public static final int LOWEST_CSAT = 1;
    public static final int HIGHEST_CSAT = 5;

    public ReportedOutcome {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(code, "code");
        if (csat != null && (csat < LOWEST_CSAT || csat > HIGHEST_CSAT)) {
            throw new IllegalArgumentException("csat must be " + LOWEST_CSAT + " to " + HIGHEST_CSAT + ": " + csat);
        }
    }

    /** An outcome without the dialer's figures (the workbook of a team without a dialer, the demo). */
    public ReportedOutcome(String taskId, OutcomeCode code, Instant contactedAt, Integer talkSeconds, String agent,
                           Instant callbackAt, LocalDate promiseDate, BigDecimal promiseAmount, String note) {
        this(taskId, code, contactedAt, talkSeconds, agent, callbackAt, promiseDate, promiseAmount, note, null, null,
                null);
    }
}
