package com.retention.domain.contact;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.retention.domain.contact.Candidates.MONDAY;
import static com.retention.domain.contact.Candidates.call;
import static org.assertj.core.api.Assertions.assertThat;

/** The save desk's RETENTION/SAVE call in the contact policy (README, "Save desk"). */
class SaveCallTest {

    private static final String PHONE = "+79161234567";
    private final ContactPolicy policy = Candidates.policyWithoutControlGroup();

    static ContactCandidate.Builder save(String id, String subscriber, String phone) {
        return call(id, subscriber, phone).step(SaveCall.STEP).consentCalls(false).expectedValue(BigDecimal.ONE);
    }

    @Test
    void priorityIsOutageSaveDunningRetentionMarketing() {
        assertThat(SaveCall.priority(Campaign.OUTAGE, "APOLOGY")).isEqualTo(5);
        assertThat(SaveCall.priority(Campaign.RETENTION, "SAVE")).isEqualTo(4);
        assertThat(SaveCall.priority(Campaign.DUNNING, "REMINDER_CALL")).isEqualTo(3);
        assertThat(SaveCall.priority(Campaign.RETENTION, "SAVING")).isEqualTo(2);
        assertThat(SaveCall.priority(Campaign.MARKETING, "SAVE")).isEqualTo(1);
    }

    @Test
    void theSaveCallWinsTheDayOverDunningAndSalesButNotOverAnOutageCall() {
        List<ContactCandidate> withoutOutage = List.of(
                call("dunning", "s1", PHONE).campaign(Campaign.DUNNING).step("SUSPENSION_WARNING")
                        .expectedValue(BigDecimal.valueOf(9000)).build(),
                call("saving", "s1", PHONE).expectedValue(BigDecimal.valueOf(9000)).build(),
                call("marketing", "s1", PHONE).campaign(Campaign.MARKETING).step("SPRING").build(),
                save("save", "s1", PHONE).build());

        PolicyResult day = decide(withoutOutage, Set.of(), Map.of());
        assertThat(day.winners()).extracting(Decision::candidateId).containsExactly("save");
        assertThat(day.decisionFor("dunning").orElseThrow().reason()).isEqualTo(SuppressionReason.LOST_PRIORITY);

        List<ContactCandidate> withOutage = new java.util.ArrayList<>(withoutOutage);
        withOutage.add(call("apology", "s1", PHONE).campaign(Campaign.OUTAGE).step("APOLOGY").build());
        PolicyResult outageDay = decide(withOutage, Set.of(), Map.of());
        assertThat(outageDay.winners()).extracting(Decision::candidateId).containsExactly("apology");
        assertThat(outageDay.decisionFor("save").orElseThrow().reason()).isEqualTo(SuppressionReason.LOST_PRIORITY);
    }

    @Test
    void needsNoCallConsentButDoNotCallStopsIt() {
        PolicyResult result = decide(List.of(
                save("save", "s1", PHONE).build(),
                call("saving", "s2", "+79160000002").consentCalls(false).build(),
                save("dnc", "s3", "+79160000003").build()), Set.of("+79160000003"), Map.of());

        assertThat(result.winners()).extracting(Decision::candidateId).containsExactly("save");
        assertThat(result.decisionFor("saving").orElseThrow().reason()).isEqualTo(SuppressionReason.NO_CONSENT);
        assertThat(result.decisionFor("dnc").orElseThrow().reason()).isEqualTo(SuppressionReason.DNC);
    }

    @Test
    void aComplaintDoesNotHoldItAndNoControlGroupHoldsItBack() {
        ContactPolicyConfig d = ContactPolicyConfig.defaults();
        ContactPolicy everyoneControl = new ContactPolicy(new ContactPolicyConfig(d.callWindow(), d.holidays(), d.caps(),
                new ControlGroupConfig(1.0), d.teams(), d.complaintCooldownDays()));
        List<ContactCandidate> candidates = List.of(
                save("save", "s1", PHONE).build(),
                call("saving", "s2", "+79160000002").build());

        PolicyResult complained = policy.decide(new ContactPolicyInput(MONDAY, candidates, List.of(), Set.of(),
                Map.of("s1", MONDAY.minusDays(1), "s2", MONDAY.minusDays(1))));
        assertThat(complained.winners()).extracting(Decision::candidateId).containsExactly("save");
        assertThat(complained.decisionFor("saving").orElseThrow().reason()).isEqualTo(SuppressionReason.COMPLAINT_COOLOFF);

        PolicyResult controlled = everyoneControl.decide(new ContactPolicyInput(MONDAY, candidates, List.of(), Set.of()));
        assertThat(controlled.winners()).extracting(Decision::candidateId).containsExactly("save");
        assertThat(controlled.decisionFor("saving").orElseThrow().kind()).isEqualTo(DecisionKind.CONTROL);
    }

    @Test
    void theCapsAndTheCallingWindowApply() {
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
        PolicyResult result = policy.decide(new ContactPolicyInput(MONDAY, List.of(
                save("called today", "s1", PHONE).build(),
                save("fresh", "s2", "+79160000002").zone(vladivostok).build()),
                List.of(new PastContact("s1", PHONE, MONDAY, Channel.CALL)), Set.of(), Map.of()));

        assertThat(result.decisionFor("called today").orElseThrow().reason()).isEqualTo(SuppressionReason.CAP_SUBSCRIBER);
        Decision fresh = result.decisionFor("fresh").orElseThrow();
        assertThat(fresh.kind()).isEqualTo(DecisionKind.WINNER);
        assertThat(fresh.window().earliest().atZone(vladivostok).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(fresh.window().latest().atZone(vladivostok).toLocalTime()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void b2cGoesToRetentionB2cB2bToRetentionB2bAndAVipToTheirManager() {
        PolicyResult result = decide(List.of(
                save("b2c", "s1", PHONE).build(),
                save("b2b", "s2", "+79160000002").segment(Segment.B2B).build(),
                save("vip", "s3", "+79160000003").segment(Segment.VIP).personalManager("Petrova").build()),
                Set.of(), Map.of());

        assertThat(result.decisionFor("b2c").orElseThrow().team()).isEqualTo("RETENTION_B2C");
        assertThat(result.decisionFor("b2b").orElseThrow().team()).isEqualTo("RETENTION_B2B");
        assertThat(result.decisionFor("vip").orElseThrow().team()).isEqualTo("VIP-Petrova");
    }

    @Test
    void onAFullListTheSaveCallsGoFirstEvenBeforeCarriedOverCalls() {
        List<CapacityCut.Winner> winners = List.of(
                new CapacityCut.Winner("carried-outage", "RETENTION_B2C", MONDAY.minusDays(3), 5, BigDecimal.TEN, "s1"),
                new CapacityCut.Winner("carried-saving", "RETENTION_B2C", MONDAY.minusDays(2), 2, BigDecimal.TEN, "s2"),
                new CapacityCut.Winner("save-small", "RETENTION_B2C", null, SaveCall.PRIORITY, BigDecimal.ONE, "s3"),
                new CapacityCut.Winner("save-big", "RETENTION_B2C", null, SaveCall.PRIORITY, BigDecimal.TEN, "s4"));

        List<CapacityCut.Place> places = new CapacityCut(new TeamCapacity(Map.of("RETENTION_B2C", 3), 0)).cut(winners);

        assertThat(places).extracting(p -> p.winner().candidateId() + ":" + p.rank())
                .containsExactly("save-big:1", "save-small:2", "carried-outage:3", "carried-saving:0");
    }

    private PolicyResult decide(List<ContactCandidate> candidates, Set<String> dnc, Map<String, java.time.LocalDate> complaints) {
        return policy.decide(new ContactPolicyInput(MONDAY, candidates, List.of(), dnc, complaints));
    }
}
