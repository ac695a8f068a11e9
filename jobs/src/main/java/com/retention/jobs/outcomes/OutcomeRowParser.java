package com.retention.jobs.outcomes;

import com.retention.domain.outcomes.OutcomeCode;
import com.retention.domain.outcomes.ReportedOutcome;
import com.retention.jobs.ingest.parse.RowKey;
import com.retention.jobs.ingest.parse.RowValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the agent's columns of one row, whether the row comes from the filled-in call-list
 * workbook (other columns are ignored) or from a dialer CSV. Cells use the import rules of
 * README: date cells or typed dates, decimal commas, local times of the operator.
 */
final class OutcomeRowParser {

    static final String TASK_ID = "task_id";
    static final String OUTCOME = "outcome";
    static final String CSAT = "csat";
    static final RowKey KEY = RowKey.of(TASK_ID);

    private OutcomeRowParser() {
    }

    static OutcomeLine read(RowValues row) {
        return read(row, Map.of());
    }

    /**
     * The row's outcome; null for a row nobody worked yet (no outcome), which is not an error.
     *
     * @param dialerStatuses a dialer's status codes and the outcome each means (VICIdial's NA: NO_ANSWER)
     */
    static OutcomeLine read(RowValues row, Map<String, String> dialerStatuses) {
        String codeText = row.text(OUTCOME, false);
        if (codeText == null) {
            return null;
        }
        codeText = dialerStatuses.getOrDefault(codeText.toUpperCase(java.util.Locale.ROOT), codeText);
        String taskId = row.text(TASK_ID, true);
        Optional<OutcomeCode> code = OutcomeCode.parse(codeText);
        if (code.isEmpty()) {
            row.reject(OUTCOME, codeText, "unknown code; expected one of " + String.join(", ", OutcomeCode.names()));
        }
        Instant contactedAt = row.timestamp("contacted_at", false);
        Integer talk = seconds(row, "talk_seconds");
        String agent = row.text("agent", false);
        Instant callbackAt = row.timestamp("callback_at", false);
        LocalDate promiseDate = row.localDate("promise_date", false);
        BigDecimal promiseAmount = row.number("promise_amount", false, 10);
        String note = row.text("note", false);
        Integer csat = csat(row);
        Integer ring = seconds(row, "ring_seconds");
        Integer wait = seconds(row, "wait_seconds");
        String key = KEY.describe(row);
        if (!row.rejects().isEmpty()) {
            return new OutcomeLine(row.rowNumber(), null, row.rejects().stream().map(r -> r.withKey(key)).toList(), key);
        }
        ReportedOutcome outcome = new ReportedOutcome(taskId, code.orElseThrow(), contactedAt, talk, agent,
                callbackAt, promiseDate, promiseAmount, note, csat, ring, wait);
        return new OutcomeLine(row.rowNumber(), outcome, List.of(), key);
    }

    /** The subscriber's rating, optional: a whole number 1 to 5. */
    private static Integer csat(RowValues row) {
        String text = row.wholeNumber(CSAT);
        if (text == null) {
            return null;
        }
        int csat = Integer.parseInt(text);
        if (csat < ReportedOutcome.LOWEST_CSAT || csat > ReportedOutcome.HIGHEST_CSAT) {
            row.reject(CSAT, text, "csat must be " + ReportedOutcome.LOWEST_CSAT + " to " + ReportedOutcome.HIGHEST_CSAT);
            return null;
        }
        return csat;
    }

    /** A duration in whole seconds, optional; a negative one is rejected (the table would refuse it). */
    private static Integer seconds(RowValues row, String column) {
        String text = row.wholeNumber(column);
        if (text == null) {
            return null;
        }
        int seconds = Integer.parseInt(text);
        if (seconds < 0) {
            row.reject(column, text, "must not be negative");
            return null;
        }
        return seconds;
    }
}
