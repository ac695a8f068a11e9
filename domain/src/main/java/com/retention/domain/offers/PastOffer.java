package com.retention.domain.offers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One offer from a subscriber's history, as the cool-down rules need it.
 *
 * @param decidedOn when the subscriber accepted or declined; null while OPEN (or if unknown,
 *                  in which case the cool-down counts from madeOn, the earliest it can have been)
 */
public record PastOffer(LocalDate madeOn, OfferStatus status, LocalDate decidedOn) {

    public PastOffer {
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(status, "status");
    }

    LocalDate decidedOrMadeOn() {
        return decidedOn == null ? madeOn : decidedOn;
    }
}
