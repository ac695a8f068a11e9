package com.retention.domain.offers;

import java.util.Collection;
import java.util.List;

/** Which catalogue tariffs a subscriber may move to: ACTIVE, same segment and technology, not the current one. */
public final class CandidateTariffs {

    private CandidateTariffs() {
    }

    public static List<Tariff> of(Tariff current, Collection<Tariff> catalogue) {
        return catalogue.stream()
                .filter(t -> t.status() == TariffStatus.ACTIVE)
                .filter(t -> t.segment() == current.segment())
                .filter(t -> t.technology() == current.technology())
                .filter(t -> !t.code().equals(current.code()))
                .toList();
    }
}
