package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The day's contest among eligible calls: one call per subscriber and one per phone a day, won by
 * campaign priority then expected value, within the caps. The winners go to their team's list; how
 * many of them fit there is the {@link CapacityCut}'s, which needs the whole day.
 */
final class CallAllocator {

    private final ContactCaps caps;
    private final Function<ContactCandidate, CallWindow> windows;

    CallAllocator(ContactCaps caps, Function<ContactCandidate, CallWindow> windows) {
        this.caps = caps;
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
            caps.record(call.subscriberId(), call.phone(), Channel.CALL);
            out.accept(Decision.winner(call, calls.get(call), windows.apply(call)));
        }
    }
}
