package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.retention.domain.contact.Candidates.MONDAY;
import static com.retention.domain.contact.Candidates.call;
import static com.retention.domain.contact.Candidates.sms;
import static org.assertj.core.api.Assertions.assertThat;

/** After a COMPLAINT: no RETENTION or MARKETING call for the cool-off days; service calls and messages go. */
class ComplaintCooloffTest {

    private static final String PHONE = "+79161234567";
    private final ContactPolicy policy = Candidates.policyWithoutControlGroup();
    private final int days = ContactPolicyConfig.defaults().complaintCooldownDays();

    @Test
    void theDefaultIsThirtyDays() {
        assertThat(days).isEqualTo(30);
    }

    @Test
    void onlyRetentionAndMarketingRestSoACampaignAddedLaterIsExempt() {
        assertThat(Arrays.stream(Campaign.values()).filter(Campaign::restsAfterComplaint))
                .containsExactlyInAnyOrder(Campaign.RETENTION, Campaign.MARKETING);
    }

    @Test
    void salesCallsRestFromTheComplaintDayThroughDay29AndComeBackOnDay30() {
        assertThat(retentionCall(0)).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);
        assertThat(retentionCall(1)).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);
        assertThat(retentionCall(days - 1)).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);
        assertThat(retentionCall(days)).isNull();
        assertThat(retentionCall(days + 5)).isNull();
    }

    @Test
    void aComplaintDatedAfterTheBusinessDateIsIgnored() {
        assertThat(retentionCall(-1)).isNull();
    }

    @Test
    void marketingRestsDunningAndOutageCallsAndMessagesDoNot() {
        PolicyResult result = decide(Map.of("s1", MONDAY.minusDays(3), "s2", MONDAY.minusDays(3),
                "s3", MONDAY.minusDays(3), "s4", MONDAY.minusDays(3)), List.of(
                call("marketing", "s1", PHONE).campaign(Campaign.MARKETING).step("SPRING").build(),
                call("dunning", "s2", "+79160000002").campaign(Campaign.DUNNING).step("REMINDER_CALL").build(),
                call("apology", "s3", "+79160000003").campaign(Campaign.OUTAGE).step("APOLOGY").build(),
                sms("sms", "s4", "+79160000004").campaign(Campaign.DUNNING).step("REMINDER_SMS").build()));

        assertThat(result.decisionFor("marketing").orElseThrow().reason()).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);
        assertThat(result.decisionFor("marketing").orElseThrow().carriesOver()).isFalse();
        assertThat(result.winners()).extracting(Decision::candidateId).containsExactlyInAnyOrder("dunning", "apology");
        assertThat(result.sent()).extracting(Decision::candidateId).containsExactly("sms");
    }

    @Test
    void theCooloffIsPerSubscriberNotPerPhone() {
        PolicyResult result = decide(Map.of("s1", MONDAY.minusDays(3)), List.of(
                call("complained", "s1", PHONE).build(),
                call("other", "s2", PHONE).build()));

        assertThat(result.decisionFor("complained").orElseThrow().reason()).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);
        assertThat(result.winners()).extracting(Decision::candidateId).containsExactly("other");
    }

    @Test
    void aMoreBasicReasonIsRecordedFirst() {
        PolicyResult result = decide(Map.of("s1", MONDAY.minusDays(3)), List.of(
                call("no consent", "s1", PHONE).consentCalls(false).build()));

        assertThat(result.decisionFor("no consent").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_CONSENT);
    }

    /** The reason a retention call is suppressed with, the subscriber having complained that many days ago; null: a call. */
    private SuppressionReason retentionCall(int daysAgo) {
        PolicyResult result = decide(Map.of("s1", MONDAY.minusDays(daysAgo)), List.of(call("c1", "s1", PHONE).build()));
        Decision d = result.decisionFor("c1").orElseThrow();
        return d.kind() == DecisionKind.WINNER ? null : d.reason();
    }

    private PolicyResult decide(Map<String, LocalDate> complaints, List<ContactCandidate> candidates) {
        return policy.decide(new ContactPolicyInput(MONDAY, candidates, List.of(), Set.of(), complaints));
    }
}
