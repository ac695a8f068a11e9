package com.retention.domain.contact;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * jqwik generators for whole policy inputs, drawn from small pools of subscribers and phones so
 * that shared numbers, repeated subscribers, DNC hits and cap collisions happen often.
 */
final class PolicyInputs {

    static final List<String> PHONES = List.of("+79160000000", "+79160000001", "+79160000002",
            "+79160000003", "+79160000004", "+79160000005");
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Kaliningrad"), ZoneId.of("Europe/Moscow"),
            ZoneId.of("Asia/Yekaterinburg"), ZoneId.of("Asia/Vladivostok"), ZoneId.of("Asia/Kamchatka"),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"));
    static final List<String[]> CAMPAIGN_STEPS = List.of(
            new String[]{"OUTAGE", "PRE_NOTICE"}, new String[]{"OUTAGE", "INCIDENT"}, new String[]{"OUTAGE", "APOLOGY"},
            new String[]{"DUNNING", "REMINDER_SMS"}, new String[]{"DUNNING", "REMINDER_CALL"},
            new String[]{"DUNNING", "SUSPENSION_WARNING"}, new String[]{"DUNNING", "COLLECTIONS"},
            new String[]{"RETENTION", "SAVING"}, new String[]{"RETENTION", "UPGRADE"}, new String[]{"RETENTION", "SAVE"},
            new String[]{"MARKETING", "SPRING"}, new String[]{"MARKETING", "AUTUMN"});
    static final List<String> TEAMS = List.of("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C");

    /** A generated day: the policy input, the control-group share to run it with and the teams' capacities. */
    record Day(ContactPolicyInput input, double controlShare, TeamCapacity capacity) {
        ContactPolicy policy() {
            ContactPolicyConfig d = ContactPolicyConfig.defaults();
            return new ContactPolicy(new ContactPolicyConfig(d.callWindow(), d.holidays(), d.caps(),
                    new ControlGroupConfig(controlShare), d.teams(), d.complaintCooldownDays()));
        }
    }

    private PolicyInputs() {
    }

    static Arbitrary<Day> days() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 420).map(n -> LocalDate.of(2026, 1, 1).plusDays(n)),
                candidateSpecs().list().ofMaxSize(30),
                history().list().ofMaxSize(30),
                Arbitraries.of(PHONES).set().ofMaxSize(3),
                capacities(),
                Arbitraries.of(0.0, 0.1, 0.5, 1.0),
                complaints()
        ).as((date, specs, past, dnc, capacity, share, complained) -> {
            List<ContactCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                candidates.add(specs.get(i).build(String.format("k%03d", i), date));
            }
            List<PastContact> history = past.stream().map(p -> p.apply(date)).toList();
            Map<String, LocalDate> lastComplaints = new HashMap<>();
            complained.forEach((subscriber, daysAgo) -> lastComplaints.put(subscriber, date.minusDays(daysAgo)));
            return new Day(new ContactPolicyInput(date, candidates, history, dnc, lastComplaints), share, capacity);
        });
    }

    private interface Spec {
        ContactCandidate build(String id, LocalDate date);
    }

    private interface Past {
        PastContact apply(LocalDate date);
    }

    private static Arbitrary<Spec> candidateSpecs() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(-1, PHONES.size() - 1),
                Arbitraries.of(Channel.CALL, Channel.SMS, Channel.EMAIL),
                Arbitraries.of(CAMPAIGN_STEPS),
                Arbitraries.of(Segment.class),
                Arbitraries.of("", "Petrova", "Sidorov"),
                Arbitraries.integers().between(0, ZONES.size() - 1),
                Arbitraries.integers().between(0, (1 << 9) - 1)
        ).as((subscriber, phone, channel, campaignStep, segment, manager, zone, flags) -> (id, date) ->
                ContactCandidate.builder()
                        .candidateId(id)
                        .subscriberId("s" + subscriber)
                        .phone(phone < 0 ? null : PHONES.get(phone))
                        .phoneValid((flags & 1) == 0 || (flags & 2) == 0) // invalid one time in four
                        .segment(segment)
                        .personalManager(manager.isEmpty() ? null : manager)
                        .zone(ZONES.get(zone))
                        .consentCalls((flags & 4) != 0)
                        .consentSms((flags & 8) != 0)
                        .consentEmail((flags & 16) != 0)
                        .email((flags & 32) != 0 ? "s" + subscriber + "@example.ru" : null)
                        .channel(channel)
                        .campaign(Campaign.valueOf(campaignStep[0]))
                        .step(campaignStep[1])
                        .expectedValue(BigDecimal.valueOf((flags * 37L) % 500))
                        .underOpenOutage((flags & 64) != 0 && (flags & 128) != 0)
                        .carriedOverFrom((flags & 256) != 0 ? date.minusDays(1 + flags % 3) : null)
                        .attempt(1 + flags % 3)
                        .build());
    }

    private static Arbitrary<Past> history() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, PHONES.size() - 1),
                Arbitraries.integers().between(0, 35),
                Arbitraries.of(Channel.CALL, Channel.SMS, Channel.EMAIL)
        ).as((subscriber, phone, daysAgo, channel) -> date ->
                new PastContact("s" + subscriber, PHONES.get(phone), date.minusDays(daysAgo), channel));
    }

    /** Subscriber to days since their last complaint: around the 30-day edge, and after D (negative). */
    private static Arbitrary<Map<String, Integer>> complaints() {
        return Arbitraries.maps(Arbitraries.integers().between(0, 7).map(i -> "s" + i),
                Arbitraries.oneOf(Arbitraries.integers().between(-2, 3), Arbitraries.integers().between(27, 33)))
                .ofMaxSize(4);
    }

    static Arbitrary<TeamCapacity> capacities() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 4).list().ofSize(TEAMS.size()),
                Arbitraries.integers().between(0, 3)
        ).as((perTeam, other) -> {
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < TEAMS.size(); i++) {
                map.put(TEAMS.get(i), perTeam.get(i));
            }
            return new TeamCapacity(map, other);
        });
    }

    static Set<String> ids(List<ContactCandidate> candidates) {
        Set<String> ids = new java.util.HashSet<>();
        candidates.forEach(c -> ids.add(c.candidateId()));
        return ids;
    }
}
