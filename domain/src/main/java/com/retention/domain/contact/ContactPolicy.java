package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import com.retention.domain.shifts.Interval;
import com.retention.domain.shifts.ShiftRouting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides who is contacted on a business date (README "Contact policy",
 * "Control group", "Teams and capacity", outage suppression). Every candidate of every campaign
 * gets exactly one {@link Decision}; the same input gives the same output in any order. Calls that win
 * the day's contest come out as WINNER with their team: how many fit on each list is the
 * {@link CapacityCut}'s, the one rule that needs the whole day and not one subscriber's candidates.
 *
 * <p>Order of the rules: duplicates, then the rules of the candidate alone ({@link Eligibility}),
 * then routing to a team, then the control group (drawn among those who could be contacted, so it
 * is comparable with the contacted), then the day's contest and caps.
 */
public final class ContactPolicy {

    private final ContactPolicyConfig config;
    private final CallWindows callWindows;
    private final ControlGroup controlGroup;
    private final TeamRouter router;

    public ContactPolicy(ContactPolicyConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.callWindows = new CallWindows(config.callWindow(), config.holidays());
        this.controlGroup = new ControlGroup(config.controlGroup());
        this.router = new TeamRouter(config.teams());
    }

    public PolicyResult decide(ContactPolicyInput input) {
        List<ContactCandidate> candidates = new ArrayList<>(input.candidates());
        requireUniqueIds(candidates);
        candidates.sort(CandidateOrder.IN_LIST);

        List<Decision> decisions = new ArrayList<>(candidates.size());
        Eligibility eligibility = new Eligibility(input.dncPhones(),
                new ComplaintCooloff(config.complaintCooldownDays(), input.businessDate(), input.lastComplaints()));
        Set<List<Object>> seen = new HashSet<>();
        Map<ContactCandidate, String> calls = new HashMap<>();
        List<ContactCandidate> messages = new ArrayList<>();

        for (ContactCandidate c : candidates) {
            // Carried-over sorts first, so of two identical contacts the older one survives.
            if (!seen.add(List.of(c.subscriberId(), c.channel(), c.campaign(), c.step()))) {
                decisions.add(Decision.suppressed(c, SuppressionReason.DUPLICATE));
                continue;
            }
            Optional<SuppressionReason> ineligible = eligibility.check(c);
            if (ineligible.isPresent()) {
                decisions.add(Decision.suppressed(c, ineligible.get()));
                continue;
            }
            Optional<String> team = c.channel() == Channel.CALL ? router.teamFor(c) : Optional.empty();
            if (c.channel() == Channel.CALL && team.isEmpty()) {
                decisions.add(Decision.suppressed(c, SuppressionReason.NO_TEAM));
                continue;
            }
            if (controlGroup.isHeldOut(c.campaign(), c.step(), c.subscriberId())) {
                decisions.add(Decision.control(c));
                continue;
            }
            if (c.channel() == Channel.CALL && config.shifts().hasRosters()) {
                CallWindow window = callWindows.windowFor(c.zone(), input.businessDate());
                Optional<ShiftRouting.Placed> placed = config.shifts().place(team.get(),
                        new Interval(window.earliest(), window.latest()), input.businessDate());
                if (placed.isEmpty()) {
                    decisions.add(Decision.suppressed(c, SuppressionReason.NO_SHIFT));
                    continue;
                }
                team = Optional.of(placed.get().team());
            }
            if (c.channel() == Channel.CALL) {
                calls.put(c, team.get());
            } else {
                messages.add(c);
            }
        }

        ContactCaps caps = new ContactCaps(config.caps(), input.businessDate(), input.history());
        new CallAllocator(caps, c -> callWindows.windowFor(c.zone(), input.businessDate()))
                .allocate(calls, decisions::add);
        sendMessages(messages, caps, decisions);
        return new PolicyResult(input.businessDate(), decisions);
    }

    /** Messages in priority order, so when a cap runs out the more important notice has gone already. */
    private static void sendMessages(List<ContactCandidate> messages, ContactCaps caps, List<Decision> decisions) {
        messages.sort(CandidateOrder.BY_PRIORITY);
        for (ContactCandidate m : messages) {
            String phone = m.channel() == Channel.SMS ? m.phone() : null;
            Optional<SuppressionReason> capped = caps.check(m.subscriberId(), phone, m.channel());
            if (capped.isPresent()) {
                decisions.add(Decision.suppressed(m, capped.get()));
            } else {
                caps.record(m.subscriberId(), phone, m.channel());
                decisions.add(Decision.sent(m));
            }
        }
    }

    private static void requireUniqueIds(List<ContactCandidate> candidates) {
        Set<String> ids = new HashSet<>();
        for (ContactCandidate c : candidates) {
            if (!ids.add(c.candidateId())) {
                // Two candidates with one id could not be told apart in the decisions: a caller's bug.
                throw new IllegalArgumentException("duplicate candidate id " + c.candidateId());
            }
        }
    }
}
