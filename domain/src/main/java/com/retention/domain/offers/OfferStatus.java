package com.retention.domain.offers;

/** Life of an offer made to a subscriber. An OPEN offer stops being open after its validity. */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
