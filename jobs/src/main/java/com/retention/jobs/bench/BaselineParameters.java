package com.retention.jobs.bench;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.domain.tickets.SaveRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The baseline script's variables from the same rule records the jobs are bound to. */
public final class BaselineParameters {

    private BaselineParameters() {
    }

    public static Map<String, String> of(LocalDate date, ZoneId zone, ScoringRules scoring, OfferRules offers,
                                         DunningRules dunning) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("d", date.toString());
        v.put("zone", zone.getId());
        v.put("lookback_days", String.valueOf(scoring.lookbackDays()));
        v.put("legacy_tariff_weight", String.valueOf(scoring.legacyTariffWeight()));
        v.put("overpaying_weight", String.valueOf(scoring.overpayingWeight()));
        v.put("usage_drop_weight", String.valueOf(scoring.usageDropWeight()));
        v.put("complaints_weight", String.valueOf(scoring.complaintsWeight()));
        v.put("outage_hit_weight", String.valueOf(scoring.outageHitWeight()));
        v.put("late_payer_weight", String.valueOf(scoring.latePayerWeight()));
        v.put("short_tenure_weight", String.valueOf(scoring.shortTenureWeight()));
        v.put("termination_request_weight", String.valueOf(scoring.terminationRequestWeight()));
        v.put("save_request_categories", String.join(",", SaveRequest.categories()));
        v.put("overpaying_min_saving_share", scoring.overpayingMinSavingShare().toPlainString());
        v.put("usage_drop_min_share", scoring.usageDropMinShare().toPlainString());
        v.put("complaints_min_tickets", String.valueOf(scoring.complaintsMinTickets()));
        v.put("outage_min_minutes", String.valueOf(scoring.outageMinDuration().toMinutes()));
        v.put("late_payment_min_days", String.valueOf(scoring.latePaymentMinDays()));
        v.put("short_tenure_months", String.valueOf(scoring.shortTenureMonths()));
        v.put("high_from", String.valueOf(scoring.highFrom()));
        v.put("medium_from", String.valueOf(scoring.mediumFrom()));
        v.put("cap", String.valueOf(scoring.cap()));
        v.put("usage_months", String.valueOf(offers.usageMonths()));
        v.put("min_saving_share", offers.minSavingShare().toPlainString());
        v.put("min_saving_amount", offers.minSavingAmount().toPlainString());
        v.put("offer_valid_days", String.valueOf(offers.offerValidDays()));
        v.put("accepted_cooldown_days", String.valueOf(offers.acceptedCooldownDays()));
        v.put("declined_cooldown_days", String.valueOf(offers.declinedCooldownDays()));
        v.put("min_overdue_amount", dunning.minOverdueAmount().toPlainString());
        v.put("reminder_call_from_days", String.valueOf(dunning.reminderCallFromDays()));
        v.put("suspension_warning_from_days", String.valueOf(dunning.suspensionWarningFromDays()));
        v.put("collections_from_days", String.valueOf(dunning.collectionsFromDays()));
        return v;
    }
}
