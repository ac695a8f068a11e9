package com.retention.jobs.orders;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order counts as fulfilled once the subscriber data shows the new tariff: one set-based
 * update, run at the end of each outcome import and by the nightly flow after the imports of D.
 */
@Component
public class OrderFulfilment {

    private final OrderMapper orders;

    public OrderFulfilment(OrderMapper orders) {
        this.orders = orders;
    }

    /** Marks fulfilled on {@code day} (or the sale's list date, if later) every open order now applied; returns how many. */
    @Transactional
    public int markFulfilled(LocalDate day) {
        return orders.markFulfilled(day);
    }
}
