package com.retention.domain.dunning;

import java.time.LocalDate;
import java.util.Objects;

/** A pause of dunning for an account through {@code until} inclusive, from an agent's outcome. */
public record DunningPause(LocalDate until) {

    public DunningPause {
        Objects.requireNonNull(until, "until");
    }

    /** PROMISE_TO_PAY: the payment may arrive on the promise date; it shows in the data the day after. */
    public static DunningPause promiseToPay(LocalDate promiseDate, DunningRules rules) {
        return new DunningPause(promiseDate.plusDays(rules.promiseGraceDays()));
    }

    /** PAID: the subscriber says it is paid; give the payment a few days to reach us. */
    public static DunningPause paid(LocalDate reportedOn, DunningRules rules) {
        return new DunningPause(reportedOn.plusDays(rules.paidPauseDays()));
    }

    public boolean suppresses(LocalDate businessDate) {
        return !businessDate.isAfter(until);
    }
}
