package com.retention.domain.outages;

import com.retention.domain.scoring.ChurnBand;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which outage notices a covered subscriber is due at reference time T (README, "Outages").
 * A kind already sent is never due again, so "sent" is tracked per kind; the channels a kind goes
 * by are {@link NoticeKind#channels}. A dropped or carried-over call is the call lists' business,
 * not a reason to notify again.
 */
public final class OutageNoticePolicy {

    private final OutageRules rules;

    public OutageNoticePolicy(OutageRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The kinds due now, in {@link NoticeKind} order. */
    public Set<NoticeKind> noticesDue(Outage outage, Instant t, SubscriberFacts subscriber) {
        Set<NoticeKind> due = EnumSet.noneOf(NoticeKind.class);
        if (preNoticeDue(outage, t)) {
            due.add(NoticeKind.PRE_NOTICE);
        }
        if (incidentDue(outage, t)) {
            due.add(NoticeKind.INCIDENT);
        }
        // RESTORED only closes the loop for those told about the incident
        if (outage.hasEndedBy(t) && subscriber.alreadySent().contains(NoticeKind.INCIDENT)) {
            due.add(NoticeKind.RESTORED);
        }
        if (outage.lastedAt(t).compareTo(rules.apologyAfter()) > 0 && subscriber.band() == ChurnBand.HIGH) {
            due.add(NoticeKind.APOLOGY);
        }
        due.removeAll(subscriber.alreadySent());
        return due;
    }

    private boolean preNoticeDue(Outage outage, Instant t) {
        return outage.kind() == OutageKind.PLANNED
                && outage.startsAt().isAfter(t)
                && !outage.startsAt().isAfter(t.plus(rules.preNoticeHorizon()));
    }

    private boolean incidentDue(Outage outage, Instant t) {
        return outage.kind() == OutageKind.UNPLANNED
                && outage.isOpenAt(t)
                && !outage.startsAt().isAfter(t.minus(rules.incidentDelay()));
    }
}
