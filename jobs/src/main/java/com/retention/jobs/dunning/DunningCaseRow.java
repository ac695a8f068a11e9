package com.retention.jobs.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of dunning_case. */
public record DunningCaseRow(LocalDate businessDate, String accountId, String subscriberId, BigDecimal overdueAmount,
                             int daysPastDue, LocalDate oldestDueOn, String step, boolean paused) {
}
