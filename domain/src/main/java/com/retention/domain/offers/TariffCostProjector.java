package com.retention.domain.offers;

import com.retention.domain.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Projected monthly cost of a tariff for a subscriber's real usage: the average over the given
 * months of fee + overage. Only the months we have count (a subscriber who joined two months ago is
 * averaged over two); with no usage at all the cost is the bare monthly fee, since nothing is
 * known to go over any allowance. Callers pass the months of {@link UsageWindow#select}.
 */
public final class TariffCostProjector {

    private static final int WORKING_SCALE = 10;

    public BigDecimal project(Tariff tariff, List<MonthlyUsage> months) {
        if (months.isEmpty()) {
            return Money.round(tariff.monthlyFee());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (MonthlyUsage month : months) {
            total = total.add(monthCost(tariff, month));
        }
        // round once, at the end, so the average is not skewed by per-month rounding
        return Money.round(total.divide(BigDecimal.valueOf(months.size()), WORKING_SCALE, RoundingMode.HALF_UP));
    }

    BigDecimal monthCost(Tariff tariff, MonthlyUsage usage) {
        return tariff.monthlyFee()
                .add(overage(usage.minutes(), tariff.includedMinutes(), tariff.minutePrice()))
                .add(overage(usage.sms(), tariff.includedSms(), tariff.smsPrice()))
                .add(overage(usage.dataGb(), tariff.includedDataGb(), tariff.gbPrice()));
    }

    private static BigDecimal overage(BigDecimal used, BigDecimal included, BigDecimal price) {
        if (included == null) {
            return BigDecimal.ZERO; // unlimited
        }
        BigDecimal over = used.subtract(included);
        return over.signum() <= 0 ? BigDecimal.ZERO : over.multiply(Money.orZero(price));
    }
}
