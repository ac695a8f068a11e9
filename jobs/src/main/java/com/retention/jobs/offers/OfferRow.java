package com.retention.jobs.offers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of offer as the offers job writes it (status OPEN, control false: see the contracts). */
public record OfferRow(LocalDate businessDate, String subscriberId, String campaign, String currentTariff,
                       String offerTariff, String offerType, BigDecimal currentCost, BigDecimal offerCost,
                       BigDecimal monthlySaving, Integer churnScore, String churnBand, String reasons,
                       LocalDate validUntil) {
}
