package com.retention.jobs.offers;

import com.retention.domain.offers.OfferDecision;
import com.retention.domain.offers.OfferEligibility;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.OfferSelector;
import com.retention.domain.offers.Tariff;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.SubscriberHistory;
import com.retention.jobs.facts.TariffCatalogue;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Facts in, offer out (or null: no offer). Cool-downs first (cheap), then the selector: SAVING for
 * anyone overpaying enough, UPGRADE off a LEGACY tariff, otherwise nothing. A subscriber with an open
 * request to leave is held only by the cool-down after an acceptance (README, "Save desk"): the offer
 * is the one their SAVE call carries.
 */
public class OffersProcessor implements ItemProcessor<SubscriberFactsRow, OfferOutcome> {

    static final String CAMPAIGN = "RETENTION";

    private final OfferRules rules;
    private final OfferSelector selector;
    private final OfferEligibility eligibility;
    private final TariffCatalogue catalogue;
    private final LocalDate businessDate;

    public OffersProcessor(OfferRules rules, TariffCatalogue catalogue, LocalDate businessDate) {
        this.rules = rules;
        this.selector = new OfferSelector(rules);
        this.eligibility = new OfferEligibility(rules);
        this.catalogue = catalogue;
        this.businessDate = businessDate;
    }

    /** Null when there is nothing to write: no offer now and none from an earlier run of D. */
    @Override
    public OfferOutcome process(SubscriberFactsRow row) {
        OfferRow offer = decide(row);
        if (offer == null && !row.offeredToday()) {
            return null;
        }
        return new OfferOutcome(businessDate, row.subscriberId(), offer, row.offeredToday());
    }

    private OfferRow decide(SubscriberFactsRow row) {
        var history = SubscriberHistory.pastOffers(row, businessDate);
        // who asked to leave gets the best offer for the save desk's call despite an open offer or a decline
        boolean eligible = row.terminationRequested() ? eligibility.mayOfferToSave(history, businessDate)
                : eligibility.mayOffer(history, businessDate);
        if (!eligible) {
            return null;
        }
        Tariff current = catalogue.get(row.tariffCode());
        Optional<OfferDecision> decision = selector.select(current, catalogue.all(), SubscriberHistory.usage(row),
                businessDate);
        return decision.map(d -> new OfferRow(businessDate, row.subscriberId(), CAMPAIGN, current.code(),
                d.offerTariff().code(), d.type().name(), d.currentCost(), d.offerCost(), d.monthlySaving(),
                row.churnScore(), row.churnBand(), row.churnReasons() == null ? "" : row.churnReasons(),
                businessDate.plusDays(rules.offerValidDays() - 1L))).orElse(null);
    }
}
