package com.retention.jobs.offers;

import java.time.LocalDate;

/**
 * What the offers step decided for one subscriber: an offer to upsert, or (offer null) the
 * withdrawal of the offer an earlier run of the same date made, when the data changed since.
 */
public record OfferOutcome(LocalDate businessDate, String subscriberId, OfferRow offer) {

    public boolean withdrawn() {
        return offer == null;
    }
}
