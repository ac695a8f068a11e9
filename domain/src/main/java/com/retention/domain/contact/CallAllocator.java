package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns eligible call candidates into the day's lists. First the contest: one call per subscriber
 * and one per phone a day, won by campaign priority then expected value, within the caps. Then each
 * team's winners are ordered (carried-over first) and cut at the team's capacity; the rest carry over.
 */
final class CallAllocator {

    private final ContactCaps caps;
    private final TeamCapacity capacity;
    private final Function<ContactCandidate, CallWindow> windows;

    CallAllocator(ContactCaps caps, TeamCapacity capacity, Function<ContactCandidate, CallWindow> windows) {
        this.caps = caps;
        this.capacity = capacity;
        this.windows = windows;
    }

    /**
     * @param calls eligible calls with their team, in any order
     * @param out   receives exactly one decision per call
     */
    void allocate(Map<ContactCandidate, String> calls, Consumer<Decision> out) {
        List<ContactCandidate> contest = new ArrayList<>(calls.keySet());
        contest.sort(CandidateOrder.BY_PRIORITY);
        Set<String> calledSubscribers = new HashSet<>();
        Set<String> calledPhones = new HashSet<>();
        Map<String, List<ContactCandidate>> winnersByTeam = new TreeMap<>();
        for (ContactCandidate call : contest) {
            if (calledSubscribers.contains(call.subscriberId()) || calledPhones.contains(call.phone())) {
                out.accept(Decision.suppressed(call, SuppressionReason.LOST_PRIORITY));
                continue;
            }
            Optional<SuppressionReason> capped = caps.check(call.subscriberId(), call.phone(), Channel.CALL);
            if (capped.isPresent()) {
                out.accept(Decision.suppressed(call, capped.get()));
                continue;
            }
            calledSubscribers.add(call.subscriberId());
            calledPhones.add(call.phone());
            winnersByTeam.computeIfAbsent(calls.get(call), team -> new ArrayList<>()).add(call);
        }
        winnersByTeam.forEach((team, winners) -> cutToCapacity(team, winners, out));
    }

    private void cutToCapacity(String team, List<ContactCandidate> winners, Consumer<Decision> out) {
        winners.sort(CandidateOrder.IN_LIST);
        int limit = capacity.forTeam(team);
        for (int i = 0; i < winners.size(); i++) {
            ContactCandidate call = winners.get(i);
            if (i < limit) {
                caps.record(call.subscriberId(), call.phone(), Channel.CALL);
                out.accept(Decision.listed(call, team, i + 1, windows.apply(call)));
            } else {
                out.accept(Decision.overCapacity(call, team));
            }
        }
    }
}
