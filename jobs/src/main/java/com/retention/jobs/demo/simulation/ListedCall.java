package com.retention.jobs.demo.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What an agent sees of one row of a call list, as read back from the workbook: enough to decide
 * how the call goes.
 */
record ListedCall(String taskId, LocalDate day, String campaign, String step, String offerTariff,
        BigDecimal monthlySaving, BigDecimal overdueAmount, int attempt, LocalTime windowStart, LocalTime windowEnd,
        ZoneId zone) {
}
