package com.retention.domain.offers;

import java.math.BigDecimal;

/** The tariff to offer and the figures exports/offers.csv shows; money at scale 2. */
public record OfferDecision(
        Tariff offerTariff,
        OfferType type,
        BigDecimal currentCost,
        BigDecimal offerCost,
        BigDecimal monthlySaving) {
}
