package com.retention.domain.offers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** What a subscriber used in one calendar month; missing quantities count as zero. */
public record MonthlyUsage(YearMonth month, BigDecimal minutes, BigDecimal sms, BigDecimal dataGb) {

    public MonthlyUsage {
        Objects.requireNonNull(month, "month");
        minutes = minutes == null ? BigDecimal.ZERO : minutes;
        sms = sms == null ? BigDecimal.ZERO : sms;
        dataGb = dataGb == null ? BigDecimal.ZERO : dataGb;
    }
}
