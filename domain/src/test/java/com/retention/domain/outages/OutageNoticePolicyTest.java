package com.retention.domain.outages;

import static com.retention.domain.outages.OutageTest.T;
import static com.retention.domain.outages.OutageTest.planned;
import static com.retention.domain.outages.OutageTest.unplanned;
import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import com.retention.domain.scoring.ChurnBand;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutageNoticePolicyTest {

    private static final OutageRules RULES = OutageRules.defaults();
    private final OutageNoticePolicy policy = new OutageNoticePolicy(RULES);

    private static SubscriberFacts facts(ChurnBand band, Segment segment, NoticeKind... sent) {
        return new SubscriberFacts(band, segment, sent.length == 0 ? Set.of() : EnumSet.of(sent[0], sent));
    }

    private static final SubscriberFacts B2C_LOW = facts(ChurnBand.LOW, Segment.B2C);

    private static Outage plannedIn(Duration ahead) {
        return planned(T.plus(ahead), T.plus(ahead).plus(Duration.ofHours(4)), null);
    }

    @Test
    void plannedOutage47HoursAheadGetsAPreNoticeAnd49HoursAheadNotYet() {
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(47)), T, B2C_LOW))
                .containsExactly(new NoticeDue(NoticeKind.PRE_NOTICE, Channel.SMS, null));
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(49)), T, B2C_LOW)).isEmpty();
    }

    @Test
    void preNoticeWindowIsAfterTUpToExactlyFortyEightHours() {
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(48)), T, B2C_LOW)).hasSize(1);
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(48).plusSeconds(1)), T, B2C_LOW)).isEmpty();
        assertThat(policy.noticesDue(plannedIn(Duration.ZERO), T, B2C_LOW)).isEmpty();
    }

    @Test
    void b2bAndVipAlsoGetAPreNoticeCall() {
        Outage outage = plannedIn(Duration.ofHours(10));

        assertThat(policy.noticesDue(outage, T, facts(ChurnBand.LOW, Segment.B2B))).containsExactly(
                new NoticeDue(NoticeKind.PRE_NOTICE, Channel.SMS, null),
                new NoticeDue(NoticeKind.PRE_NOTICE, Channel.CALL, RULES.callTeamB2b()));
        assertThat(policy.noticesDue(outage, T, facts(ChurnBand.LOW, Segment.VIP)))
                .extracting(NoticeDue::channel).containsExactly(Channel.SMS, Channel.CALL);
    }

    @Test
    void unplannedOpen29MinutesIsTooFreshAnd31MinutesGetsAnIncidentNotice() {
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(29)), null), T, B2C_LOW)).isEmpty();
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(31)), null), T, B2C_LOW))
                .containsExactly(new NoticeDue(NoticeKind.INCIDENT, Channel.SMS, null));
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(30)), null), T, B2C_LOW))
                .extracting(NoticeDue::kind).containsExactly(NoticeKind.INCIDENT);
    }

    @Test
    void anUnplannedOutageEndedBeforeWeNoticedGetsNothing() {
        Outage shortOne = unplanned(T.minus(Duration.ofMinutes(50)), T.minus(Duration.ofMinutes(5)));

        assertThat(policy.noticesDue(shortOne, T, B2C_LOW)).isEmpty();
    }

    @Test
    void plannedWorksNeverGetAnIncidentNotice() {
        Outage running = planned(T.minus(Duration.ofHours(1)), T.plus(Duration.ofHours(1)), null);

        assertThat(policy.noticesDue(running, T, B2C_LOW)).isEmpty();
    }

    @Test
    void restoredGoesOnlyToThoseWhoGotTheIncident() {
        Outage ended = unplanned(T.minus(Duration.ofHours(3)), T.minus(Duration.ofMinutes(1)));

        assertThat(policy.noticesDue(ended, T, facts(ChurnBand.LOW, Segment.B2C, NoticeKind.INCIDENT)))
                .containsExactly(new NoticeDue(NoticeKind.RESTORED, Channel.SMS, null));
        assertThat(policy.noticesDue(ended, T, B2C_LOW)).isEmpty();
    }

    @Test
    void closedOutageLongerThan24HoursGivesAnApologyCallToHighBandOnly() {
        Outage longOne = unplanned(T.minus(Duration.ofHours(30)), T.minus(Duration.ofHours(5)));

        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.HIGH, Segment.B2C, NoticeKind.INCIDENT)))
                .containsExactly(new NoticeDue(NoticeKind.RESTORED, Channel.SMS, null),
                        new NoticeDue(NoticeKind.APOLOGY, Channel.CALL, RULES.callTeamB2c()));
        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.MEDIUM, Segment.B2C))).isEmpty();
        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.LOW, Segment.B2C))).isEmpty();
        assertThat(policy.noticesDue(longOne, T, facts(null, Segment.B2C))).isEmpty();
    }

    @Test
    void apologyIsForMoreThan24HoursNotExactly24() {
        Outage exactly = unplanned(T.minus(Duration.ofHours(25)), T.minus(Duration.ofHours(1)));
        Outage longer = unplanned(T.minus(Duration.ofHours(25)), T.minus(Duration.ofHours(1)).plusSeconds(1));
        SubscriberFacts high = facts(ChurnBand.HIGH, Segment.B2C);

        assertThat(policy.noticesDue(exactly, T, high)).isEmpty();
        assertThat(policy.noticesDue(longer, T, high)).extracting(NoticeDue::kind).containsExactly(NoticeKind.APOLOGY);
    }

    @Test
    void anOutageStillOpenPast24HoursAlreadyEarnsTheApologyAndB2bGoesToItsTeam() {
        Outage stillOpen = unplanned(T.minus(Duration.ofHours(26)), null);

        List<NoticeDue> due = policy.noticesDue(stillOpen, T,
                facts(ChurnBand.HIGH, Segment.B2B, NoticeKind.INCIDENT));

        assertThat(due).containsExactly(new NoticeDue(NoticeKind.APOLOGY, Channel.CALL, RULES.callTeamB2b()));
    }

    @Test
    void eachKindAtMostOnce() {
        Outage longOne = unplanned(T.minus(Duration.ofHours(30)), T.minus(Duration.ofHours(5)));
        SubscriberFacts allSent = facts(ChurnBand.HIGH, Segment.B2B, NoticeKind.values());

        assertThat(policy.noticesDue(longOne, T, allSent)).isEmpty();
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(5)), T,
                facts(ChurnBand.HIGH, Segment.B2B, NoticeKind.PRE_NOTICE))).isEmpty();
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofHours(1)), null), T,
                facts(ChurnBand.LOW, Segment.B2C, NoticeKind.INCIDENT))).isEmpty();
    }

    @Test
    void defaultsAreThoseOfTheProductContract() {
        assertThat(RULES.preNoticeHorizon()).isEqualTo(Duration.ofHours(48));
        assertThat(RULES.incidentDelay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(RULES.apologyAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(RULES.callTeamB2c()).isEqualTo("RETENTION_B2C");
        assertThat(RULES.callTeamB2b()).isEqualTo("RETENTION_B2B");
    }
}
