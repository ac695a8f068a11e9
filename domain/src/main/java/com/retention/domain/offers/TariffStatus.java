package com.retention.domain.offers;

/** Catalogue status: only ACTIVE tariffs can be offered; LEGACY ones are closed for sale. */
public enum TariffStatus {
    ACTIVE,
    LEGACY
}
