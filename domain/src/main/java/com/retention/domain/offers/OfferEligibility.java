package com.retention.domain.offers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Offer cool-downs (README): no new offer while one is open, within the accepted cool-down
 * or within the declined cool-down. A period of N days starting on day X covers X .. X+N-1, the
 * same "D-6..D is a week" counting the contact policy uses; offers made after D are ignored so a
 * re-run of an earlier date decides as it did then. The cool-offs hold across campaigns: a marketing
 * list's target that carries a tariff is an offer too (made on the day it is listed), and it is no
 * offer to propose the tariff the subscriber is on or has ordered already ({@link #mayOfferTariff}).
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

    /**
     * The offer a SAVE call carries (README, "Save desk"): the subscriber asked to leave, so an open
     * offer and a recent decline do not hold it back; only the cool-down after an acceptance does
     * (they moved tariff lately, and billing may not have applied it yet).
     */
    public boolean mayOfferToSave(Collection<PastOffer> history, LocalDate businessDate) {
        return history.stream()
                .filter(o -> !o.madeOn().isAfter(businessDate))
                .filter(o -> o.status() == OfferStatus.ACCEPTED)
                .noneMatch(o -> blocks(o, businessDate));
    }

    /**
     * An offer of {@code offeredTariff} to a subscriber on {@code currentTariff} whose orders in
     * {@code pendingOrderTariffs} billing has not applied yet: allowed when it changes their tariff
     * to one they have not ordered, and no earlier offer of any campaign holds it off.
     */
    public boolean mayOfferTariff(String offeredTariff, String currentTariff, Collection<String> pendingOrderTariffs,
                                  Collection<PastOffer> history, LocalDate businessDate) {
        Objects.requireNonNull(offeredTariff, "offeredTariff");
        return !offeredTariff.equals(currentTariff) && !pendingOrderTariffs.contains(offeredTariff)
                && mayOffer(history, businessDate);
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
