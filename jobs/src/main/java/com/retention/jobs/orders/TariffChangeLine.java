package com.retention.jobs.orders;

import java.time.OffsetDateTime;

/** One row of {@code orders/D/tariff-changes.csv}: an accepted offer for billing to apply. */
public record TariffChangeLine(String orderId, String subscriberId, String fromTariff, String toTariff,
        OffsetDateTime acceptedAt, String taskId) {
}
