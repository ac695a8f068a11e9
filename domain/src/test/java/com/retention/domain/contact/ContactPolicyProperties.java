package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import com.retention.domain.shifts.Interval;
import com.retention.domain.shifts.Shift;
import com.retention.domain.shifts.ShiftPattern;
import com.retention.domain.shifts.ShiftRouting;
import com.retention.domain.shifts.TeamRoster;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy's invariants, for any generated day of candidates, history and DNC list. */
class ContactPolicyProperties {

    private static final ContactPolicyConfig DEFAULTS = ContactPolicyConfig.defaults();

    @Provide
    Arbitrary<PolicyInputs.Day> days() {
        return PolicyInputs.days();
    }

    @Property
    void everyCandidateGetsExactlyOneDecision(@ForAll("days") PolicyInputs.Day day) {
        PolicyResult result = day.policy().decide(day.input());

        assertThat(result.decisions()).hasSameSizeAs(day.input().candidates());
        assertThat(result.decisions()).extracting(Decision::candidateId)
                .containsExactlyInAnyOrderElementsOf(PolicyInputs.ids(day.input().candidates()));
        assertThat(result.decisions()).allSatisfy(d ->
                assertThat(day.input().candidates()).contains(d.candidate()));
    }

    @Property
    void noCallToADncNumberAndNoContactWithoutAUsableAddress(@ForAll("days") PolicyInputs.Day day) {
        PolicyResult result = day.policy().decide(day.input());

        assertThat(result.winners()).allSatisfy(d -> {
            assertThat(day.input().dncPhones()).doesNotContain(d.candidate().phone());
            assertThat(d.candidate().hasUsablePhone()).isTrue();
        });
        assertThat(result.sent()).allSatisfy(d -> {
            if (d.candidate().channel() == Channel.EMAIL) {
                assertThat(d.candidate().email()).isNotBlank();
            } else {
                assertThat(d.candidate().hasUsablePhone()).isTrue();
            }
        });
    }

    @Property
    void everyWinningCallIsInsideTheLocalHoursOfTheDay(@ForAll("days") PolicyInputs.Day day) {
        LocalDate date = day.input().businessDate();
        boolean nonWorking = DEFAULTS.holidays().isNonWorkingDay(date);
        LocalTime open = nonWorking ? DEFAULTS.callWindow().nonWorkingDayStart() : DEFAULTS.callWindow().workingDayStart();
        LocalTime close = nonWorking ? DEFAULTS.callWindow().nonWorkingDayEnd() : DEFAULTS.callWindow().workingDayEnd();

        for (Decision d : day.policy().decide(day.input()).winners()) {
            CallWindow w = d.window();
            ZonedDateTime earliest = w.earliest().atZone(d.candidate().zone());
            ZonedDateTime latest = w.latest().atZone(d.candidate().zone());
            assertThat(w.zone()).isEqualTo(d.candidate().zone());
            assertThat(earliest.toLocalDate()).isEqualTo(date);
            assertThat(latest.toLocalDate()).isEqualTo(date);
            assertThat(earliest.toLocalTime()).isAfterOrEqualTo(open);
            assertThat(latest.toLocalTime()).isBeforeOrEqualTo(close);
            assertThat(w.earliest()).isBeforeOrEqualTo(w.latest());
        }
    }

    /**
     * With every team on a Moscow 16:00-22:00 working-day shift: every listed call has its team on
     * shift within the subscriber's window, no DNC number is called, and every candidate still gets
     * one decision (a call nobody can make carries over, NO_SHIFT).
     */
    @Property
    void withShiftsEveryListedCallIsMadeByATeamOnShiftWithinTheWindow(@ForAll("days") PolicyInputs.Day day) {
        TeamRoster moscow = new TeamRoster(java.time.ZoneId.of("Europe/Moscow"), new ShiftPattern.FiveTwo(
                new Shift(LocalTime.of(16, 0), LocalTime.of(22, 0), 0)), 5, 10);
        java.util.Map<String, TeamRoster> rosters = new java.util.HashMap<>();
        DEFAULTS.teams().teamsByRole().values().forEach(team -> rosters.put(team, moscow));
        ShiftRouting shifts = new ShiftRouting(rosters, java.util.Map.of(), DEFAULTS.holidays());
        ContactPolicy policy = new ContactPolicy(new ContactPolicyConfig(DEFAULTS.callWindow(), DEFAULTS.holidays(),
                DEFAULTS.caps(), DEFAULTS.controlGroup(), DEFAULTS.teams(), DEFAULTS.complaintCooldownDays(), shifts));
        LocalDate date = day.input().businessDate();

        PolicyResult result = policy.decide(day.input());

        assertThat(result.decisions()).hasSameSizeAs(day.input().candidates());
        for (Decision d : result.winners()) {
            assertThat(day.input().dncPhones()).doesNotContain(d.candidate().phone());
            if (rosters.containsKey(d.team())) {
                assertThat(shifts.callableBy(d.team(), new Interval(d.window().earliest(), d.window().latest()), date))
                        .as(d.team() + " on shift within " + d.window().display()).isPresent();
            }
        }
        assertThat(result.decisions()).filteredOn(d -> d.reason() == SuppressionReason.NO_SHIFT)
                .allSatisfy(d -> assertThat(d.candidate().channel()).isEqualTo(Channel.CALL));
    }

    @Property
    void noCapIsExceededPerSubscriberOrPerPhone(@ForAll("days") PolicyInputs.Day day) {
        PolicyResult result = day.policy().decide(day.input());
        LocalDate date = day.input().businessDate();
        for (Channel channel : List.of(Channel.CALL, Channel.SMS)) {
            ContactCapsConfig.Limits limits = DEFAULTS.caps().forChannel(channel);
            List<Decision> today = result.decisions().stream()
                    .filter(d -> d.contacts() && d.candidate().channel() == channel).toList();
            assertWithinCaps(today, day.input().history(), date, channel, limits,
                    c -> c.candidate().subscriberId(), PastContact::subscriberId);
            assertWithinCaps(today, day.input().history(), date, channel, limits,
                    c -> c.candidate().phone(), PastContact::phone);
        }
    }

    @Property
    void atMostOneCallPerSubscriberAndPerPhoneADay(@ForAll("days") PolicyInputs.Day day) {
        List<Decision> listed = day.policy().decide(day.input()).winners();

        assertThat(listed).extracting(d -> d.candidate().subscriberId()).doesNotHaveDuplicates();
        assertThat(listed).extracting(d -> d.candidate().phone()).doesNotHaveDuplicates();
    }

    @Property
    void controlGroupMembersAreNeverContacted(@ForAll("days") PolicyInputs.Day day) {
        ControlGroup controlGroup = new ControlGroup(new ControlGroupConfig(day.controlShare()));
        PolicyResult result = day.policy().decide(day.input());

        assertThat(result.decisions()).filteredOn(Decision::contacts).allSatisfy(d -> assertThat(
                controlGroup.isHeldOut(d.candidate().campaign(), d.candidate().step(), d.candidate().subscriberId()))
                .isFalse());
        assertThat(result.control()).allSatisfy(d -> assertThat(d.candidate().campaign().isSales()).isTrue());
    }

    @Property
    void consentAndOutageRulesHold(@ForAll("days") PolicyInputs.Day day) {
        PolicyResult result = day.policy().decide(day.input());

        assertThat(result.decisions()).filteredOn(Decision::contacts).allSatisfy(d -> {
            ContactCandidate c = d.candidate();
            if (c.campaign().isSales() && !c.isSave()) {
                boolean consent = switch (c.channel()) {
                    case CALL -> c.consentCalls();
                    case SMS -> c.consentSms();
                    case EMAIL -> c.consentEmail();
                    case HANDOVER -> false;
                };
                assertThat(consent).as("sales contact needs consent").isTrue();
            }
            if (c.underOpenOutage()) {
                assertThat(c.campaign()).as("only outage notices under an open outage").isEqualTo(Campaign.OUTAGE);
            }
        });
    }

    @Property
    void noSalesCallWithinTheComplaintCooloff(@ForAll("days") PolicyInputs.Day day) {
        LocalDate date = day.input().businessDate();
        PolicyResult result = day.policy().decide(day.input());

        assertThat(result.decisions()).filteredOn(Decision::contacts)
                .filteredOn(d -> d.candidate().channel() == Channel.CALL && d.candidate().campaign().restsAfterComplaint()
                        && !d.candidate().isSave())
                .allSatisfy(d -> {
                    LocalDate complained = day.input().lastComplaints().get(d.candidate().subscriberId());
                    long ago = complained == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(complained, date);
                    assertThat(ago >= 0 && ago < DEFAULTS.complaintCooldownDays())
                            .as("a sales call %d days after a complaint", ago).isFalse();
                });
    }

    @Property
    void sameInputInAnyOrderGivesTheSameDecisions(@ForAll("days") PolicyInputs.Day day, @ForAll long seed) {
        List<ContactCandidate> shuffled = new ArrayList<>(day.input().candidates());
        Collections.shuffle(shuffled, new Random(seed));
        List<PastContact> history = new ArrayList<>(day.input().history());
        Collections.shuffle(history, new Random(seed + 1));
        ContactPolicyInput reordered = new ContactPolicyInput(day.input().businessDate(), shuffled, history,
                day.input().dncPhones(), day.input().lastComplaints());

        assertThat(day.policy().decide(reordered)).isEqualTo(day.policy().decide(day.input()));
    }

    private static void assertWithinCaps(List<Decision> today, List<PastContact> history, LocalDate date,
                                         Channel channel, ContactCapsConfig.Limits limits,
                                         Function<Decision, String> todayKey, Function<PastContact, String> pastKey) {
        Map<String, Long> todayCounts = today.stream().filter(d -> todayKey.apply(d) != null)
                .collect(Collectors.groupingBy(todayKey, Collectors.counting()));
        Map<String, long[]> pastCounts = new HashMap<>();
        for (PastContact p : history) {
            long ago = ChronoUnit.DAYS.between(p.date(), date);
            if (p.channel() == channel && pastKey.apply(p) != null && ago >= 0 && ago < 30) {
                long[] c = pastCounts.computeIfAbsent(pastKey.apply(p), k -> new long[3]);
                c[0] += ago == 0 ? 1 : 0;
                c[1] += ago < 7 ? 1 : 0;
                c[2] += 1;
            }
        }
        todayCounts.forEach((key, n) -> {
            long[] past = pastCounts.getOrDefault(key, new long[3]);
            assertThat(past[0] + n).as("day cap of " + key).isLessThanOrEqualTo(limits.perDay());
            assertThat(past[1] + n).as("week cap of " + key).isLessThanOrEqualTo(limits.perWeek());
            assertThat(past[2] + n).as("month cap of " + key).isLessThanOrEqualTo(limits.perMonth());
        });
    }
}
