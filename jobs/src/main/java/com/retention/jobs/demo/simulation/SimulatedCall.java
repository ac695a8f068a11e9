package com.retention.jobs.demo.simulation;

import com.retention.domain.outcomes.OutcomeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** How a simulated call went: what the agent types into the outcome columns; null fields stay empty. */
record SimulatedCall(OutcomeCode outcome, ZonedDateTime contactedAt, int talkSeconds, ZonedDateTime callbackAt,
        LocalDate promiseDate, BigDecimal promiseAmount, String note) {
}
