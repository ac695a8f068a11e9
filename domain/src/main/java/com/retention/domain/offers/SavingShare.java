package com.retention.domain.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * For the OVERPAYING churn signal: the share of the current projected cost that the cheapest
 * candidate tariff would save, as a fraction at scale 4 (0.1500 = 15 %); 0 when nothing is cheaper.
 */
public final class SavingShare {

    static final int SCALE = 4;

    private final OfferRules rules;
    private final TariffCostProjector projector;

    public SavingShare(OfferRules rules, TariffCostProjector projector) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.projector = Objects.requireNonNull(projector, "projector");
    }

    public SavingShare(OfferRules rules) {
        this(rules, new TariffCostProjector());
    }

    public BigDecimal bestSavingShare(Tariff current, Collection<Tariff> catalogue, List<MonthlyUsage> usage,
                                      LocalDate businessDate) {
        List<MonthlyUsage> months = UsageWindow.select(usage, businessDate, rules.usageMonths());
        BigDecimal currentCost = projector.project(current, months);
        if (currentCost.signum() <= 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return CandidateTariffs.of(current, catalogue).stream()
                .map(t -> projector.project(t, months))
                .min(BigDecimal::compareTo)
                .map(currentCost::subtract)
                .filter(saving -> saving.signum() > 0)
                .map(saving -> saving.divide(currentCost, SCALE, RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO.setScale(SCALE));
    }
}
