package com.retention.jobs.outages;

import com.retention.domain.outages.NoticeKind;
import com.retention.domain.outages.Outage;
import com.retention.domain.outages.OutageKind;
import com.retention.domain.outages.OutageNoticePolicy;
import com.retention.domain.outages.SubscriberFacts;
import com.retention.domain.scoring.ChurnBand;
import com.retention.jobs.launch.BusinessDay;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The notice policy at T for one covered subscriber. outage_notice keeps kinds, not channels:
 * a PRE_NOTICE due by SMS and by call is one row; the call lists make its contacts by
 * {@link NoticeKind#channels}.
 * Null (nothing to write) when no notice is due.
 */
public class OutageNoticeProcessor implements ItemProcessor<CoveredSubscriberRow, List<OutageNoticeRow>> {

    private final OutageNoticePolicy policy;
    private final BusinessDay day;
    private final OffsetDateTime decidedAt;

    public OutageNoticeProcessor(OutageNoticePolicy policy, BusinessDay day) {
        this.policy = policy;
        this.day = day;
        this.decidedAt = OffsetDateTime.ofInstant(day.referenceTime(), ZoneOffset.UTC);
    }

    @Override
    public List<OutageNoticeRow> process(CoveredSubscriberRow row) {
        Outage outage = new Outage(row.outageId, row.areaCode, OutageKind.valueOf(row.kind), instant(row.startsAt),
                instant(row.expectedEndAt), instant(row.endedAt));
        SubscriberFacts facts = new SubscriberFacts(row.band == null ? ChurnBand.LOW : ChurnBand.valueOf(row.band),
                sent(row.sentKinds));
        Set<NoticeKind> kinds = policy.noticesDue(outage, day.referenceTime(), facts);
        if (kinds.isEmpty()) {
            return null;
        }
        return kinds.stream()
                .map(kind -> new OutageNoticeRow(row.outageId, row.subscriberId, kind.name(), day.date(), decidedAt))
                .toList();
    }

    private static Set<NoticeKind> sent(String[] kinds) {
        Set<NoticeKind> sent = EnumSet.noneOf(NoticeKind.class);
        if (kinds != null) {
            for (String kind : kinds) {
                sent.add(NoticeKind.valueOf(kind));
            }
        }
        return sent;
    }

    private static Instant instant(Long epochSecond) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }
}
