package com.retention.jobs.spreadsheet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One call task as the team's workbook shows it, in the column order of the README. Optional
 * values (offer, dunning and outage data that only some campaigns have) are {@code null}.
 *
 * @param priority     the task's rank within the team's list, 1 first
 * @param phone        E.164, written as a text cell
 * @param localWindow  e.g. {@code 09:00–20:00 Asia/Vladivostok}
 * @param script       the rendered call script (free text)
 */
public record CallListRow(
        String taskId,
        int priority,
        String campaign,
        String step,
        String subscriberId,
        String fullName,
        String phone,
        String localWindow,
        String segment,
        String currentTariff,
        String offerTariff,
        BigDecimal monthlySaving,
        BigDecimal overdueAmount,
        Integer daysPastDue,
        String outageId,
        String script,
        int attempt) {

    public CallListRow {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(phone, "phone");
    }
}
