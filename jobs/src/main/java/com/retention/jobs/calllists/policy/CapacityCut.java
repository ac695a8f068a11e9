package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.SuppressionReason;
import com.retention.domain.contact.TeamCapacity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day's second, light pass: the winners of every phone's contest, collected over the whole day,
 * are put in list order per team and cut at the team's capacity; the rest carry over to D+1, where
 * they come first. This is the only rule that needs the whole day, so only these compact records
 * are held for it.
 */
final class CapacityCut {

    private final TeamCapacity capacity;
    private final Map<String, List<ListedCall>> byTeam = new TreeMap<>();
    private final Map<String, String> teamNames = new HashMap<>();
    private long size;

    CapacityCut(TeamCapacity capacity) {
        this.capacity = capacity;
    }

    void add(long candidateId, String team, int carriedDay, int priority, long valueCents, String subscriberId) {
        String name = teamNames.computeIfAbsent(team, t -> t);
        byTeam.computeIfAbsent(name, t -> new ArrayList<>())
                .add(new ListedCall(candidateId, name, carriedDay, priority, valueCents, subscriberId));
        size++;
    }

    long size() {
        return size;
    }

    /** Writes LISTED with team and rank up to each team's capacity, CARRIED (OVER_CAPACITY) beyond. */
    Map<String, int[]> cut(DecisionWriter decisions) {
        Map<String, int[]> listedAndCarried = new TreeMap<>();
        for (Map.Entry<String, List<ListedCall>> team : byTeam.entrySet()) {
            List<ListedCall> calls = team.getValue();
            calls.sort(ListedCall.IN_LIST);
            int limit = capacity.forTeam(team.getKey());
            int[] counts = new int[2];
            for (int i = 0; i < calls.size(); i++) {
                ListedCall call = calls.get(i);
                if (i < limit) {
                    decisions.write(call.candidateId(), DecisionWriter.LISTED, null, call.team(), i + 1);
                    counts[0]++;
                } else {
                    decisions.write(call.candidateId(), DecisionWriter.CARRIED,
                            SuppressionReason.OVER_CAPACITY.name(), call.team(), null);
                    counts[1]++;
                }
            }
            calls.clear();
            listedAndCarried.put(team.getKey(), counts);
        }
        return listedAndCarried;
    }
}
