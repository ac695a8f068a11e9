package com.retention.domain.contact;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static com.retention.domain.contact.Candidates.MONDAY;
import static com.retention.domain.contact.Candidates.call;
import static com.retention.domain.contact.Candidates.input;
import static com.retention.domain.contact.Candidates.sms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPolicyTest {

    private static final String PHONE = "+79161234567";
    private final ContactPolicy policy = Candidates.policyWithoutControlGroup();

    @Test
    void twoSubscribersSharingAPhoneGetOneCall() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("c1", "s1", PHONE).expectedValue(BigDecimal.valueOf(100)).build(),
                call("c2", "s2", PHONE).expectedValue(BigDecimal.valueOf(300)).build())));

        assertThat(result.winners()).extracting(Decision::candidateId).containsExactly("c2");
        assertThat(result.decisionFor("c1").orElseThrow().reason()).isEqualTo(SuppressionReason.LOST_PRIORITY);
        assertThat(result.decisionFor("c1").orElseThrow().carriesOver()).isTrue();
    }

    @Test
    void dncNumberGetsNoCallFromAnyCampaign() {
        List<ContactCandidate> all = List.of(
                call("outage", "s1", PHONE).segment(Segment.B2B).campaign(Campaign.OUTAGE).step("PRE_NOTICE").build(),
                call("dunning", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_CALL").build(),
                call("retention", "s1", PHONE).build(),
                call("marketing", "s1", PHONE).campaign(Campaign.MARKETING).step("SPRING").build(),
                sms("sms", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_SMS").build());

        PolicyResult result = policy.decide(new ContactPolicyInput(MONDAY, all, List.of(), Set.of(PHONE)));

        assertThat(result.winners()).isEmpty();
        assertThat(result.decisions()).filteredOn(d -> d.candidate().channel() == Channel.CALL)
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(SuppressionReason.DNC));
        // do-not-CALL: the payment reminder SMS still goes
        assertThat(result.decisionFor("sms").orElseThrow().kind()).isEqualTo(DecisionKind.SENT);
    }

    @Test
    void openOutageLetsTheIncidentSmsThroughButNoRetentionOrDunningCall() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                sms("incident", "s1", PHONE).campaign(Campaign.OUTAGE).step("INCIDENT").underOpenOutage(true).build(),
                call("retention", "s1", PHONE).underOpenOutage(true).build(),
                call("dunning", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_CALL").underOpenOutage(true).build(),
                sms("dunningSms", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_SMS").underOpenOutage(true).build())));

        assertThat(result.decisionFor("incident").orElseThrow().kind()).isEqualTo(DecisionKind.SENT);
        for (String waiting : List.of("retention", "dunning", "dunningSms")) {
            Decision d = result.decisionFor(waiting).orElseThrow();
            assertThat(d.reason()).as(waiting).isEqualTo(SuppressionReason.OUTAGE_SUPPRESSED);
            assertThat(d.carriesOver()).as(waiting + " waits for a later day").isTrue();
        }
    }

    @Test
    void vipLandsOnTheManagersListAndWithoutManagerOnB2b() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("vip", "s1", "+79160000001").segment(Segment.VIP).personalManager("Petrova").build(),
                call("vipDunning", "s2", "+79160000002").segment(Segment.VIP).personalManager("Petrova")
                        .campaign(Campaign.DUNNING).step("SUSPENSION_WARNING").build(),
                call("orphan", "s3", "+79160000003").segment(Segment.VIP).build())));

        assertThat(result.winners()).filteredOn(d -> d.team().equals("VIP-Petrova")).extracting(Decision::candidateId)
                .containsExactlyInAnyOrder("vipDunning", "vip");
        assertThat(result.decisionFor("orphan").orElseThrow().team()).isEqualTo("RETENTION_B2B");
    }

    @Test
    void campaignPriorityDecidesTheOneCallOfTheDay() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("marketing", "s1", PHONE).campaign(Campaign.MARKETING).step("SPRING").expectedValue(BigDecimal.valueOf(9_999)).build(),
                call("retention", "s1", PHONE).expectedValue(BigDecimal.valueOf(5_000)).build(),
                call("dunning", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_CALL").expectedValue(BigDecimal.ONE).build(),
                call("apology", "s1", PHONE).campaign(Campaign.OUTAGE).step("APOLOGY").expectedValue(BigDecimal.ZERO).build())));

        assertThat(result.winners()).extracting(Decision::candidateId).containsExactly("apology");
        assertThat(result.decisionFor("apology").orElseThrow().team()).isEqualTo("RETENTION_B2C");
        assertThat(result.ofKind(DecisionKind.SUPPRESSED)).extracting(Decision::reason).containsOnly(SuppressionReason.LOST_PRIORITY);
    }

    @Test
    void consentRules() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("salesCall", "s1", "+79160000001").consentCalls(false).build(),
                call("dunningCall", "s2", "+79160000002").consentCalls(false).campaign(Campaign.DUNNING).step("REMINDER_CALL").build(),
                sms("salesSms", "s3", "+79160000003").consentSms(false).campaign(Campaign.MARKETING).step("SPRING").build(),
                sms("dunningSms", "s3", "+79160000003").consentSms(false).campaign(Campaign.DUNNING).step("REMINDER_SMS").build(),
                call("salesMail", "s4", null).channel(Channel.EMAIL).email("a@b.ru").consentEmail(false).build())));

        assertThat(result.decisionFor("salesCall").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_CONSENT);
        assertThat(result.decisionFor("dunningCall").orElseThrow().kind()).isEqualTo(DecisionKind.WINNER);
        assertThat(result.decisionFor("dunningCall").orElseThrow().team()).isEqualTo("BILLING_B2C");
        assertThat(result.decisionFor("salesSms").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_CONSENT);
        assertThat(result.decisionFor("dunningSms").orElseThrow().kind()).isEqualTo(DecisionKind.SENT);
        assertThat(result.decisionFor("salesMail").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_CONSENT);
    }

    @Test
    void capsCountHistoryPerSubscriberAndPerPhone() {
        List<PastContact> history = List.of(
                new PastContact("s1", "+79160000001", MONDAY.minusDays(1), Channel.CALL),
                new PastContact("s1", "+79160000001", MONDAY.minusDays(6), Channel.CALL),
                // the same number, called for another subscriber twice this week
                new PastContact("other", "+79160000002", MONDAY.minusDays(2), Channel.CALL),
                new PastContact("other2", "+79160000002", MONDAY.minusDays(3), Channel.CALL),
                // s3 called twice but the older one is outside the week
                new PastContact("s3", "+79160000003", MONDAY.minusDays(1), Channel.CALL),
                new PastContact("s3", "+79160000003", MONDAY.minusDays(7), Channel.CALL));
        PolicyResult result = policy.decide(new ContactPolicyInput(MONDAY, List.of(
                call("c1", "s1", "+79160000001").build(),
                call("c2", "s2", "+79160000002").build(),
                call("c3", "s3", "+79160000003").build()), history, Set.of()));

        assertThat(result.decisionFor("c1").orElseThrow().reason()).isEqualTo(SuppressionReason.CAP_SUBSCRIBER);
        assertThat(result.decisionFor("c2").orElseThrow().reason()).isEqualTo(SuppressionReason.CAP_PHONE);
        assertThat(result.decisionFor("c3").orElseThrow().kind()).isEqualTo(DecisionKind.WINNER);
    }

    @Test
    void smsCapGoesToTheMoreImportantNoticeFirst() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                sms("marketing", "s1", PHONE).campaign(Campaign.MARKETING).step("SPRING").build(),
                sms("retention", "s1", PHONE).step("SAVING").build(),
                sms("incident", "s1", PHONE).campaign(Campaign.OUTAGE).step("INCIDENT").build())));

        assertThat(result.sent()).extracting(Decision::candidateId).containsExactlyInAnyOrder("incident", "retention");
        assertThat(result.decisionFor("marketing").orElseThrow().reason()).isEqualTo(SuppressionReason.CAP_SUBSCRIBER);
    }

    @Test
    void controlGroupHoldsOutSalesOnlyAndConsumesNothing() {
        ContactPolicyConfig d = ContactPolicyConfig.defaults();
        ContactPolicy everyoneControl = new ContactPolicy(new ContactPolicyConfig(d.callWindow(), d.holidays(), d.caps(),
                new ControlGroupConfig(1.0), d.teams(), d.complaintCooldownDays()));
        PolicyResult result = everyoneControl.decide(input(MONDAY, List.of(
                call("retention", "s1", PHONE).expectedValue(BigDecimal.valueOf(500)).build(),
                call("dunning", "s1", PHONE).campaign(Campaign.DUNNING).step("REMINDER_CALL").build(),
                sms("marketing", "s2", "+79160000002").campaign(Campaign.MARKETING).step("SPRING").build())));

        assertThat(result.control()).extracting(Decision::candidateId).containsExactlyInAnyOrder("retention", "marketing");
        assertThat(result.decisionFor("dunning").orElseThrow().kind()).isEqualTo(DecisionKind.WINNER);
    }

    @Test
    void unreachableCandidatesAreSuppressedWithTheirReason() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("noPhone", "s1", null).build(),
                call("wrongNumber", "s2", "+79160000002").phoneValid(false).build(),
                call("noMail", "s3", null).channel(Channel.EMAIL).build(),
                call("collections", "s5", "+79160000005").segment(Segment.B2B).campaign(Campaign.DUNNING).step("COLLECTIONS").build(),
                call("mail", "s6", null).channel(Channel.EMAIL).email("x@y.ru").build())));

        assertThat(result.decisionFor("noPhone").orElseThrow().reason()).isEqualTo(SuppressionReason.INVALID_PHONE);
        assertThat(result.decisionFor("wrongNumber").orElseThrow().reason()).isEqualTo(SuppressionReason.INVALID_PHONE);
        assertThat(result.decisionFor("noMail").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_EMAIL);
        assertThat(result.decisionFor("collections").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_TEAM);
        assertThat(result.decisionFor("mail").orElseThrow().kind()).isEqualTo(DecisionKind.SENT);
    }

    @Test
    void duplicateKeepsTheCarriedOverOne() {
        PolicyResult result = policy.decide(input(MONDAY, List.of(
                call("fresh", "s1", PHONE).build(),
                call("carried", "s1", PHONE).carriedOverFrom(MONDAY.minusDays(1)).build())));

        assertThat(result.decisionFor("carried").orElseThrow().kind()).isEqualTo(DecisionKind.WINNER);
        assertThat(result.decisionFor("fresh").orElseThrow().reason()).isEqualTo(SuppressionReason.DUPLICATE);
    }

    @Test
    void winningCallCarriesTheSubscribersWindow() {
        Decision winner = policy.decide(input(MONDAY, List.of(
                call("c1", "s1", PHONE).zone(ZoneId.of("Asia/Vladivostok")).build()))).winners().get(0);

        assertThat(winner.window().earliest()).isEqualTo(Instant.parse("2026-11-22T22:00:00Z"));
        assertThat(winner.window().latest()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(winner.window().display()).isEqualTo("08:00–22:00 Asia/Vladivostok");
    }

    @Test
    void duplicateCandidateIdIsACallersBug() {
        ContactCandidate c = call("same", "s1", PHONE).build();
        assertThatThrownBy(() -> policy.decide(input(MONDAY, List.of(c, c))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
    }
}
