package com.retention.jobs.model;

import com.retention.domain.model.RecentContacts;
import com.retention.domain.offers.Tariff;
import com.retention.domain.scoring.ChargeHistory;
import com.retention.domain.scoring.ChurnSignals;
import com.retention.jobs.facts.SubscriberFactsRow;
import com.retention.jobs.facts.TariffCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * A subscriber's features on a business date D, from the facts and churn signals the scoring job
 * reads (README, "Learned churn model"): the quantities behind the seven signals rather than whether
 * each fired, the contacts and outcomes of the lookback ({@link RecentContacts}), plus segment,
 * technology, tariff and the subscriber's attributes as categories.
 */
final class SnapshotFeatures {

    /** The prefix of an attribute's feature name. */
    static final String ATTRIBUTE = "attr.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final TariffCatalogue catalogue;

    SnapshotFeatures(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    FeatureRow of(SubscriberFactsRow row, ChurnSignals signals, LocalDate d) {
        Map<String, Double> n = new HashMap<>();
        n.put("tenure_months", (double) ChronoUnit.MONTHS.between(signals.activatedOn(), d));
        n.put("legacy_tariff", signals.legacyTariff() ? 1.0 : 0.0);
        n.put("saving_share", signals.bestSavingShare().doubleValue());
        ChargeHistory charges = signals.charges();
        if (charges.lastFullMonth() != null) {
            n.put("last_month_charge", charges.lastFullMonth().doubleValue());
            if (!charges.priorMonths().isEmpty()) {
                double prior = charges.priorMonths().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
                if (prior > 0) {
                    n.put("charge_trend", charges.lastFullMonth().doubleValue() / prior - 1);
                }
            }
        }
        n.put("tickets_90d", (double) signals.ticketsInLookback());
        n.put("complaint_90d", signals.complaintInLookback() ? 1.0 : 0.0);
        n.put("outage_hours_90d", signals.outageMinutesInLookback() / 60.0);
        n.put("overdue_now", signals.overdueNow() ? 1.0 : 0.0);
        n.put("max_days_late_90d", (double) signals.maxDaysLateInLookback());
        RecentContacts contacts = row.recentContacts();
        n.put("calls_90d", (double) contacts.calls());
        n.put("reached_90d", (double) contacts.reached());
        n.put("accepted_90d", (double) contacts.accepted());
        n.put("declined_90d", (double) contacts.declined());
        n.put("complaint_calls_90d", (double) contacts.complaints());
        n.put("promises_to_pay_90d", (double) contacts.promisesToPay());
        n.put("notices_90d", (double) contacts.notices());

        Map<String, String> k = new HashMap<>();
        if (row.segment() != null) {
            k.put("segment", row.segment());
        }
        Tariff tariff = catalogue.get(row.tariffCode());
        k.put("technology", tariff.technology().name());
        k.put("tariff", tariff.code());
        if (row.attributes() != null) {
            JSON.readValue(row.attributes(), TEXTS).forEach((name, value) -> k.put(ATTRIBUTE + name, value));
        }
        return new FeatureRow(n, k);
    }
}
