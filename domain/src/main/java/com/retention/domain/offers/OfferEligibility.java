package com.retention.domain.offers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Offer cool-downs (README): no new offer while one is open, within the accepted cool-down
 * or within the declined cool-down. A period of N days starting on day X covers X .. X+N-1, the
 * same "D-6..D is a week" counting the contact policy uses; offers made after D are ignored so a
 * re-run of an earlier date decides as it did then.
 */
public final class OfferEligibility {

    private final OfferRules rules;

    public OfferEligibility(OfferRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public boolean mayOffer(Collection<PastOffer> history, LocalDate businessDate) {
        return history.stream()
                .filter(o -> !o.madeOn().isAfter(businessDate))
                .noneMatch(o -> blocks(o, businessDate));
    }

    private boolean blocks(PastOffer offer, LocalDate d) {
        return switch (offer.status()) {
            case OPEN -> within(offer.madeOn(), rules.offerValidDays(), d);
            case ACCEPTED -> within(offer.decidedOrMadeOn(), rules.acceptedCooldownDays(), d);
            case DECLINED -> within(offer.decidedOrMadeOn(), rules.declinedCooldownDays(), d);
            case EXPIRED -> false;
        };
    }

    private static boolean within(LocalDate start, int days, LocalDate d) {
        return d.isBefore(start.plusDays(days));
    }
}
