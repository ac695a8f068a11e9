package com.retention.domain.outages;

import com.retention.domain.scoring.ChurnBand;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the notice rules need about one covered, active subscriber.
 *
 * @param band         churn band of the day (APOLOGY goes to HIGH only); null when not scored counts as not HIGH
 * @param alreadySent  notice kinds already sent to this subscriber for this outage, ever
 */
public record SubscriberFacts(ChurnBand band, Set<NoticeKind> alreadySent) {

    public SubscriberFacts {
        alreadySent = alreadySent == null || alreadySent.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(alreadySent));
    }
}
