package com.retention.domain.offers;

import com.retention.domain.common.Segment;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * A catalogue tariff. Allowances: null means unlimited, 0 means none included. A missing overage
 * price counts as 0 (the operator does not bill that overage). A missing speed counts as 0 (mobile).
 */
public record Tariff(
        String code,
        TariffStatus status,
        Technology technology,
        Segment segment,
        BigDecimal monthlyFee,
        BigDecimal includedMinutes,
        BigDecimal includedSms,
        BigDecimal includedDataGb,
        BigDecimal minutePrice,
        BigDecimal smsPrice,
        BigDecimal gbPrice,
        Integer speedMbps) {

    /** More data first; unlimited (null) is the most data there is. */
    public static final Comparator<Tariff> MORE_DATA_FIRST = Comparator.comparing(Tariff::includedDataGb,
            Comparator.nullsFirst(Comparator.<BigDecimal>reverseOrder()));

    public Tariff {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
    }

    public boolean unlimitedData() {
        return includedDataGb == null;
    }

    public int speed() {
        return speedMbps == null ? 0 : speedMbps;
    }

    /** True when this tariff includes at least as much data as {@code other}. */
    public boolean hasAtLeastTheDataOf(Tariff other) {
        return MORE_DATA_FIRST.compare(this, other) <= 0;
    }
}
