package com.retention.domain.dunning;

import com.retention.domain.outcomes.OutcomeCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A pause of dunning for an account through {@code until} inclusive, from an agent's outcome. */
public record DunningPause(LocalDate until) {

    public DunningPause {
        Objects.requireNonNull(until, "until");
    }

    /**
     * The pause an agent's outcome sets, if any: PROMISE_TO_PAY through the promise date plus
     * {@code promiseGraceDays}, PAID through the contact day plus {@code paidPauseDays}. What the
     * outcome import stores and the dunning job then honours.
     */
    public static Optional<DunningPause> after(OutcomeCode code, LocalDate contactDay, LocalDate promiseDate,
                                               DunningRules rules) {
        return switch (code) {
            case PROMISE_TO_PAY -> Optional.ofNullable(promiseDate).map(d -> promiseToPay(d, rules));
            case PAID -> Optional.of(paid(contactDay, rules));
            default -> Optional.empty();
        };
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
