package com.retention.domain.offers;

import java.math.BigDecimal;
import java.util.Comparator;

/** A candidate with its projected cost, ordered the way the README breaks ties. */
record CostedTariff(Tariff tariff, BigDecimal cost) {

    /** Cheapest first; ties: more data, then more speed, then lower fee; the code keeps runs stable. */
    static final Comparator<CostedTariff> BEST_FIRST = Comparator.comparing(CostedTariff::cost)
            .thenComparing(CostedTariff::tariff, Tariff.MORE_DATA_FIRST)
            .thenComparing(c -> c.tariff().speed(), Comparator.reverseOrder())
            .thenComparing(c -> c.tariff().monthlyFee())
            .thenComparing(c -> c.tariff().code());
}
