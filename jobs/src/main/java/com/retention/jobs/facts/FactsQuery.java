package com.retention.jobs.facts;

import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.UsageWindow;
import com.retention.domain.scoring.ScoringRules;
import com.retention.jobs.launch.BusinessDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Parameters of the facts query for business day D. The lookback is [D-90 00:00, D 00:00) in the
 * operator's zone; usage months cover both the usage-drop months (last full month and three before)
 * and the offer projection months.
 */
public record FactsQuery(LocalDate businessDate, Instant lookbackStart, Instant referenceTime,
                         LocalDate firstUsageMonth, LocalDate lastUsageMonth, String zone, boolean withOffers) {

    /** Months the usage-drop signal looks at: the last full month and the three before it. */
    static final int USAGE_DROP_MONTHS = 4;

    public static FactsQuery of(BusinessDay day, ScoringRules scoring, OfferRules offers, boolean withOffers) {
        LocalDate d = day.date();
        Instant midnight = d.atStartOfDay(day.operatorZone()).toInstant();
        Instant lookbackStart = d.minusDays(scoring.lookbackDays()).atStartOfDay(day.operatorZone()).toInstant();
        int months = Math.max(USAGE_DROP_MONTHS, offers.usageMonths());
        return new FactsQuery(d, lookbackStart, midnight,
                UsageWindow.firstMonth(d, months).atDay(1), UsageWindow.lastMonth(d).atDay(1),
                day.operatorZone().getId(), withOffers);
    }

    /** As MyBatis binds them; instants go as timestamptz (OffsetDateTime), never as local timestamps. */
    public Map<String, Object> asParameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("businessDate", businessDate);
        p.put("lookbackStart", OffsetDateTime.ofInstant(lookbackStart, ZoneOffset.UTC));
        p.put("referenceTime", OffsetDateTime.ofInstant(referenceTime, ZoneOffset.UTC));
        p.put("firstUsageMonth", firstUsageMonth);
        p.put("lastUsageMonth", lastUsageMonth);
        p.put("zone", zone);
        p.put("withOffers", withOffers);
        return p;
    }
}
