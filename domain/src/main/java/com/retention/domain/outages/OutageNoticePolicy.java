package com.retention.domain.outages;

import com.retention.domain.common.Segment;
import com.retention.domain.scoring.ChurnBand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which outage notices a covered subscriber is due at reference time T (PRODUCT.md, "Outages").
 * A kind already sent is never due again; when a kind goes by SMS and by call (PRE_NOTICE for
 * B2B and VIP) both are due in the same run, so "sent" is tracked per kind. A dropped or carried-over
 * call is the call lists' business, not a reason to notify again.
 */
public final class OutageNoticePolicy {

    private final OutageRules rules;

    public OutageNoticePolicy(OutageRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public List<NoticeDue> noticesDue(Outage outage, Instant t, SubscriberFacts subscriber) {
        List<NoticeDue> due = new ArrayList<>();
        if (preNoticeDue(outage, t)) {
            due.add(NoticeDue.sms(NoticeKind.PRE_NOTICE));
            if (subscriber.segment() == Segment.B2B || subscriber.segment() == Segment.VIP) {
                due.add(NoticeDue.call(NoticeKind.PRE_NOTICE, callTeam(subscriber)));
            }
        }
        if (incidentDue(outage, t)) {
            due.add(NoticeDue.sms(NoticeKind.INCIDENT));
        }
        // RESTORED only closes the loop for those told about the incident
        if (outage.hasEndedBy(t) && subscriber.alreadySent().contains(NoticeKind.INCIDENT)) {
            due.add(NoticeDue.sms(NoticeKind.RESTORED));
        }
        if (outage.lastedAt(t).compareTo(rules.apologyAfter()) > 0 && subscriber.band() == ChurnBand.HIGH) {
            due.add(NoticeDue.call(NoticeKind.APOLOGY, callTeam(subscriber)));
        }
        due.removeIf(notice -> subscriber.alreadySent().contains(notice.kind()));
        return List.copyOf(due);
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

    private String callTeam(SubscriberFacts subscriber) {
        return subscriber.segment() == Segment.B2B ? rules.callTeamB2b() : rules.callTeamB2c();
    }
}
