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
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutageNoticePolicyTest {

    private static final OutageRules RULES = OutageRules.defaults();
    private final OutageNoticePolicy policy = new OutageNoticePolicy(RULES);

    private static SubscriberFacts facts(ChurnBand band, NoticeKind... sent) {
        return new SubscriberFacts(band, sent.length == 0 ? Set.of() : EnumSet.of(sent[0], sent));
    }

    private static final SubscriberFacts LOW = facts(ChurnBand.LOW);

    private static Outage plannedIn(Duration ahead) {
        return planned(T.plus(ahead), T.plus(ahead).plus(Duration.ofHours(4)), null);
    }

    @Test
    void plannedOutage47HoursAheadGetsAPreNoticeAnd49HoursAheadNotYet() {
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(47)), T, LOW))
                .containsExactly(NoticeKind.PRE_NOTICE);
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(49)), T, LOW)).isEmpty();
    }

    @Test
    void preNoticeWindowIsAfterTUpToExactlyFortyEightHours() {
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(48)), T, LOW)).hasSize(1);
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(48).plusSeconds(1)), T, LOW)).isEmpty();
        assertThat(policy.noticesDue(plannedIn(Duration.ZERO), T, LOW)).isEmpty();
    }

    /** What the candidates step receives as its outage contact table (CandidateRules). */
    @Test
    void preNoticeIsAnSmsForEveryoneAndACallForB2bAndVipOnly() {
        assertThat(NoticeKind.PRE_NOTICE.channels(Segment.B2C)).containsExactly(Channel.SMS);
        assertThat(NoticeKind.PRE_NOTICE.channels(Segment.B2B)).containsExactly(Channel.SMS, Channel.CALL);
        assertThat(NoticeKind.PRE_NOTICE.channels(Segment.VIP)).containsExactly(Channel.SMS, Channel.CALL);
        for (Segment segment : Segment.values()) {
            assertThat(NoticeKind.INCIDENT.channels(segment)).containsExactly(Channel.SMS);
            assertThat(NoticeKind.RESTORED.channels(segment)).containsExactly(Channel.SMS);
            assertThat(NoticeKind.APOLOGY.channels(segment)).containsExactly(Channel.CALL);
        }
    }

    @Test
    void unplannedOpen29MinutesIsTooFreshAnd31MinutesGetsAnIncidentNotice() {
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(29)), null), T, LOW)).isEmpty();
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(31)), null), T, LOW))
                .containsExactly(NoticeKind.INCIDENT);
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofMinutes(30)), null), T, LOW))
                .containsExactly(NoticeKind.INCIDENT);
    }

    @Test
    void anUnplannedOutageEndedBeforeWeNoticedGetsNothing() {
        Outage shortOne = unplanned(T.minus(Duration.ofMinutes(50)), T.minus(Duration.ofMinutes(5)));

        assertThat(policy.noticesDue(shortOne, T, LOW)).isEmpty();
    }

    @Test
    void plannedWorksNeverGetAnIncidentNotice() {
        Outage running = planned(T.minus(Duration.ofHours(1)), T.plus(Duration.ofHours(1)), null);

        assertThat(policy.noticesDue(running, T, LOW)).isEmpty();
    }

    @Test
    void restoredGoesOnlyToThoseWhoGotTheIncident() {
        Outage ended = unplanned(T.minus(Duration.ofHours(3)), T.minus(Duration.ofMinutes(1)));

        assertThat(policy.noticesDue(ended, T, facts(ChurnBand.LOW, NoticeKind.INCIDENT)))
                .containsExactly(NoticeKind.RESTORED);
        assertThat(policy.noticesDue(ended, T, LOW)).isEmpty();
    }

    @Test
    void closedOutageLongerThan24HoursGivesAnApologyCallToHighBandOnly() {
        Outage longOne = unplanned(T.minus(Duration.ofHours(30)), T.minus(Duration.ofHours(5)));

        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.HIGH, NoticeKind.INCIDENT)))
                .containsExactly(NoticeKind.RESTORED,
                        NoticeKind.APOLOGY);
        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.MEDIUM))).isEmpty();
        assertThat(policy.noticesDue(longOne, T, facts(ChurnBand.LOW))).isEmpty();
        assertThat(policy.noticesDue(longOne, T, facts(null))).isEmpty();
    }

    @Test
    void apologyIsForMoreThan24HoursNotExactly24() {
        Outage exactly = unplanned(T.minus(Duration.ofHours(25)), T.minus(Duration.ofHours(1)));
        Outage longer = unplanned(T.minus(Duration.ofHours(25)), T.minus(Duration.ofHours(1)).plusSeconds(1));
        SubscriberFacts high = facts(ChurnBand.HIGH);

        assertThat(policy.noticesDue(exactly, T, high)).isEmpty();
        assertThat(policy.noticesDue(longer, T, high)).containsExactly(NoticeKind.APOLOGY);
    }

    @Test
    void anOutageStillOpenPast24HoursAlreadyEarnsTheApology() {
        Outage stillOpen = unplanned(T.minus(Duration.ofHours(26)), null);

        Set<NoticeKind> due = policy.noticesDue(stillOpen, T, facts(ChurnBand.HIGH, NoticeKind.INCIDENT));

        assertThat(due).containsExactly(NoticeKind.APOLOGY);
    }

    @Test
    void eachKindAtMostOnce() {
        Outage longOne = unplanned(T.minus(Duration.ofHours(30)), T.minus(Duration.ofHours(5)));
        SubscriberFacts allSent = facts(ChurnBand.HIGH, NoticeKind.values());

        assertThat(policy.noticesDue(longOne, T, allSent)).isEmpty();
        assertThat(policy.noticesDue(plannedIn(Duration.ofHours(5)), T,
                facts(ChurnBand.HIGH, NoticeKind.PRE_NOTICE))).isEmpty();
        assertThat(policy.noticesDue(unplanned(T.minus(Duration.ofHours(1)), null), T,
                facts(ChurnBand.LOW, NoticeKind.INCIDENT))).isEmpty();
    }

    @Test
    void defaultsAreThoseOfTheProductContract() {
        assertThat(RULES.preNoticeHorizon()).isEqualTo(Duration.ofHours(48));
        assertThat(RULES.incidentDelay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(RULES.apologyAfter()).isEqualTo(Duration.ofHours(24));
    }
}
