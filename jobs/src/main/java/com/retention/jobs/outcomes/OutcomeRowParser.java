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
        String talk = row.wholeNumber("talk_seconds");
        String agent = row.text("agent", false);
        Instant callbackAt = row.timestamp("callback_at", false);
        LocalDate promiseDate = row.localDate("promise_date", false);
        BigDecimal promiseAmount = row.number("promise_amount", false, 10);
        String note = row.text("note", false);
        String key = KEY.describe(row);
        if (!row.rejects().isEmpty()) {
            return new OutcomeLine(row.rowNumber(), null, row.rejects().stream().map(r -> r.withKey(key)).toList(), key);
        }
        ReportedOutcome outcome = new ReportedOutcome(taskId, code.orElseThrow(), contactedAt,
                talk == null ? null : Integer.valueOf(talk), agent, callbackAt, promiseDate, promiseAmount, note);
        return new OutcomeLine(row.rowNumber(), outcome, List.of(), key);
    }
}
