package com.retention.domain.offers;

/** SAVING: cheaper for the subscriber's real usage. UPGRADE: no dearer, at least as much data and speed. */
public enum OfferType {
    SAVING,
    UPGRADE
}
