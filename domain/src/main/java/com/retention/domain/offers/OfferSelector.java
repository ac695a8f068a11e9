package com.retention.domain.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the migration offer for one subscriber (README): a SAVING offer when the cheapest
 * candidate saves enough, else an UPGRADE off a LEGACY tariff, else nothing. Thresholds compare
 * the rounded costs so that an exported offer always satisfies the rule on the figures it shows.
 */
public final class OfferSelector {

    private final OfferRules rules;
    private final TariffCostProjector projector;

    public OfferSelector(OfferRules rules, TariffCostProjector projector) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.projector = Objects.requireNonNull(projector, "projector");
    }

    public OfferSelector(OfferRules rules) {
        this(rules, new TariffCostProjector());
    }

    /**
     * @param usage        the subscriber's monthly usage; rows outside the last full months are ignored
     * @param businessDate D
     */
    public Optional<OfferDecision> select(Tariff current, Collection<Tariff> catalogue, List<MonthlyUsage> usage,
                                          LocalDate businessDate) {
        List<MonthlyUsage> months = UsageWindow.select(usage, businessDate, rules.usageMonths());
        BigDecimal currentCost = projector.project(current, months);
        List<CostedTariff> costed = CandidateTariffs.of(current, catalogue).stream()
                .map(t -> new CostedTariff(t, projector.project(t, months)))
                .sorted(CostedTariff.BEST_FIRST)
                .toList();
        if (costed.isEmpty()) {
            return Optional.empty();
        }
        CostedTariff cheapest = costed.get(0);
        if (savesEnough(currentCost, cheapest.cost())) {
            return Optional.of(decision(cheapest, OfferType.SAVING, currentCost));
        }
        if (current.status() != TariffStatus.LEGACY) {
            return Optional.empty();
        }
        // sorted best first, so the first match is the cheapest upgrade with the tie rules applied
        return costed.stream()
                .filter(c -> c.cost().compareTo(currentCost) <= 0)
                .filter(c -> c.tariff().hasAtLeastTheDataOf(current))
                .filter(c -> c.tariff().speed() >= current.speed())
                .findFirst()
                .map(c -> decision(c, OfferType.UPGRADE, currentCost));
    }

    private boolean savesEnough(BigDecimal currentCost, BigDecimal offerCost) {
        BigDecimal saving = currentCost.subtract(offerCost);
        return saving.signum() > 0
                && saving.compareTo(rules.minSavingAmount()) >= 0
                && saving.compareTo(currentCost.multiply(rules.minSavingShare())) >= 0;
    }

    private static OfferDecision decision(CostedTariff offer, OfferType type, BigDecimal currentCost) {
        return new OfferDecision(offer.tariff(), type, currentCost, offer.cost(), currentCost.subtract(offer.cost()));
    }
}
