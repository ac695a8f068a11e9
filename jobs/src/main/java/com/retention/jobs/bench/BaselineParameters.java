package com.retention.jobs.bench;

import com.retention.domain.contact.ContactCapsConfig;
import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.contact.ControlGroup;
import com.retention.domain.contact.TeamCapacity;
import com.retention.domain.contact.TeamRoutingConfig;
import com.retention.domain.dunning.DunningRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.OutageRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.domain.tickets.SaveRequest;
import com.retention.jobs.calllists.candidates.CandidateQuery;
import com.retention.jobs.calllists.candidates.CandidateRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The baseline script's variables from the same rule records the jobs are bound to. */
public final class BaselineParameters {

    /** Every rule the baseline applies, as the application binds it. */
    public record Rules(ScoringRules scoring, OfferRules offers, DunningRules dunning, OutageRules outages,
                        Duration outagesEndedWithin, ContactPolicyConfig contact, TeamCapacity capacity,
                        CandidateQuery candidates) {
    }

    private BaselineParameters() {
    }

    public static Map<String, String> of(LocalDate date, ZoneId zone, Rules rules) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("d", date.toString());
        v.put("zone", zone.getId());
        scoring(v, rules.scoring());
        offers(v, rules.offers());
        dunning(v, rules.dunning());
        outages(v, rules.outages(), rules.outagesEndedWithin());
        contact(v, rules.contact(), rules.capacity());
        candidates(v, rules.candidates());
        return v;
    }

    /** The values the candidates step binds for D, as its statements take them (CandidateQuery). */
    private static void candidates(Map<String, String> v, CandidateQuery q) {
        v.put("reference_time", q.day().referenceTime().toString());
        v.put("revenue_from", q.day().revenueFrom().toString());
        v.put("revenue_to", q.day().revenueTo().toString());
        CandidateRules rules = q.rules();
        v.put("notice_channels", IntStream.range(0, rules.noticeKinds().length)
                .mapToObj(i -> rules.noticeKinds()[i] + "/" + rules.noticeSegments()[i] + "/" + rules.noticeChannels()[i])
                .collect(Collectors.joining(",")));
        v.put("save_step", rules.saveStep());
        v.put("payment_due_step", rules.paymentDueStep());
        v.put("payment_due_min", rules.paymentDueMin().toPlainString());
        v.put("payment_due_from", q.windows().paymentDueFrom().toString());
        v.put("payment_due_to", q.windows().paymentDueTo().toString());
        v.put("payment_due_as_of", q.windows().paymentDueAsOf().toString());
        v.put("ticket_step", rules.ticketStep());
        v.put("ticket_categories", String.join(",", rules.ticketCategories()));
        v.put("tickets_closed_from", q.windows().ticketsClosedFrom().toString());
    }

    private static void scoring(Map<String, String> v, ScoringRules scoring) {
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
    }

    private static void offers(Map<String, String> v, OfferRules offers) {
        v.put("usage_months", String.valueOf(offers.usageMonths()));
        v.put("min_saving_share", offers.minSavingShare().toPlainString());
        v.put("min_saving_amount", offers.minSavingAmount().toPlainString());
        v.put("offer_valid_days", String.valueOf(offers.offerValidDays()));
        v.put("accepted_cooldown_days", String.valueOf(offers.acceptedCooldownDays()));
        v.put("declined_cooldown_days", String.valueOf(offers.declinedCooldownDays()));
    }

    private static void dunning(Map<String, String> v, DunningRules dunning) {
        v.put("min_overdue_amount", dunning.minOverdueAmount().toPlainString());
        v.put("reminder_call_from_days", String.valueOf(dunning.reminderCallFromDays()));
        v.put("suspension_warning_from_days", String.valueOf(dunning.suspensionWarningFromDays()));
        v.put("collections_from_days", String.valueOf(dunning.collectionsFromDays()));
    }

    private static void outages(Map<String, String> v, OutageRules outages, Duration endedWithin) {
        v.put("pre_notice_horizon_seconds", String.valueOf(outages.preNoticeHorizon().toSeconds()));
        v.put("incident_delay_seconds", String.valueOf(outages.incidentDelay().toSeconds()));
        v.put("apology_after_seconds", String.valueOf(outages.apologyAfter().toSeconds()));
        v.put("ended_lookback_seconds", String.valueOf(endedWithin.toSeconds()));
    }

    private static void contact(Map<String, String> v, ContactPolicyConfig contact, TeamCapacity capacity) {
        v.put("complaint_cooldown_days", String.valueOf(contact.complaintCooldownDays()));
        limits(v, "call", contact.caps().calls());
        limits(v, "sms", contact.caps().sms());
        v.put("control_hash_buckets", String.valueOf(ControlGroup.BUCKETS));
        v.put("control_buckets", String.valueOf(new ControlGroup(contact.controlGroup()).heldOutBuckets()));
        TeamRoutingConfig teams = contact.teams();
        v.put("team_retention_b2c", teams.retentionB2c());
        v.put("team_retention_b2b", teams.retentionB2b());
        v.put("team_billing_b2c", teams.billingB2c());
        v.put("vip_list_prefix", teams.vipListPrefix());
        v.put("vip_without_manager", teams.vipWithoutManager());
        v.put("team_capacities", new TreeMap<>(capacity.callsPerDay()).entrySet().stream()
                .map(e -> listed(e.getKey()) + "=" + e.getValue()).collect(Collectors.joining(",")));
        v.put("other_lists_capacity", String.valueOf(capacity.otherListsPerDay()));
    }

    /** A team name as the script's "TEAM=calls,..." list can carry it. */
    private static String listed(String team) {
        if (team.contains(",") || team.contains("=")) {
            throw new IllegalStateException("the SQL baseline cannot take team " + team + " (it has ',' or '=')");
        }
        return team;
    }

    private static void limits(Map<String, String> v, String channel, ContactCapsConfig.Limits limits) {
        v.put(channel + "_per_day", String.valueOf(limits.perDay()));
        v.put(channel + "_per_week", String.valueOf(limits.perWeek()));
        v.put(channel + "_per_month", String.valueOf(limits.perMonth()));
    }
}
