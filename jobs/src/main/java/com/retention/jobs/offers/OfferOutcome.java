package com.retention.jobs.offers;

import java.time.LocalDate;

/**
 * What the offers step decided for one subscriber: an offer to write, or (offer null) the
 * withdrawal of the offer an earlier run of the same date made, when the data changed since.
 * {@code madeEarlier}: such an offer of D exists, so a new one updates it in place.
 */
public record OfferOutcome(LocalDate businessDate, String subscriberId, OfferRow offer, boolean madeEarlier) {

    public boolean withdrawn() {
        return offer == null;
    }
}
