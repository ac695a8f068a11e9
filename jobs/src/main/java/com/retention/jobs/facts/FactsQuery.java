package com.retention.jobs.facts;

import com.retention.domain.model.RecentContacts;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.UsageWindow;
import com.retention.domain.scoring.ScoringRules;
import com.retention.domain.tickets.SaveRequest;
import com.retention.jobs.launch.BusinessDay;
import com.retention.jobs.partitioning.KeyRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    /**
     * The facts query's parameters for the subscribers of one range, as MyBatis binds them: instants as
     * timestamptz (OffsetDateTime), never as local timestamps; open range ends are null.
     */
    public Parameters in(KeyRange subscribers) {
        return new Parameters(businessDate, OffsetDateTime.ofInstant(lookbackStart, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(referenceTime, ZoneOffset.UTC), firstUsageMonth, lastUsageMonth, zone,
                withOffers, subscribers.from(), subscribers.to(), null, null, SaveRequest.categories(), false,
                RecentContacts.reachedCodes());
    }

    /**
     * The same facts as the scoring job would have read on D, for a past D (the model's training
     * snapshots): the subscribers active on D (activated before it, not terminated by it) instead of
     * those active now, with their termination date and attributes.
     */
    public Parameters snapshotIn(KeyRange subscribers) {
        Parameters now = in(subscribers);
        return new Parameters(now.businessDate(), now.lookbackStart(), now.referenceTime(), now.firstUsageMonth(),
                now.lastUsageMonth(), now.zone(), false, now.subscriberFrom(), now.subscriberTo(), null, null,
                now.saveRequestCategories(), true, now.reachedOutcomes());
    }

    /**
     * What {@code FactsMapper.facts} reads, by these names. The account range of the ledger fragment it
     * shares with dunning stays open: the facts are cut by subscriber. {@code saveRequestCategories}:
     * the ticket categories of a request to leave ({@link SaveRequest#CATEGORIES}); {@code reachedOutcomes}:
     * the outcome codes that reached the subscriber ({@link RecentContacts#reachedCodes}).
     */
    public record Parameters(LocalDate businessDate, OffsetDateTime lookbackStart, OffsetDateTime referenceTime,
                             LocalDate firstUsageMonth, LocalDate lastUsageMonth, String zone, boolean withOffers,
                             String subscriberFrom, String subscriberTo, String accountFrom, String accountTo,
                             String[] saveRequestCategories, boolean snapshot, String[] reachedOutcomes) {
    }
}
