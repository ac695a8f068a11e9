package com.retention.domain.contact;

import java.util.Map;

/**
 * Calls per day each list can take (agents x hours x calls per hour, computed by whoever reads the
 * team config). Lists not named, typically {@code VIP-<manager>}, get {@code otherListsPerDay}.
 */
public record TeamCapacity(Map<String, Integer> callsPerDay, int otherListsPerDay) {

    public TeamCapacity {
        callsPerDay = callsPerDay == null ? Map.of() : Map.copyOf(callsPerDay);
        callsPerDay.forEach((team, calls) -> {
            if (calls == null || calls < 0) {
                throw new IllegalArgumentException("capacity of " + team + " must be >= 0: " + calls);
            }
        });
        if (otherListsPerDay < 0) {
            throw new IllegalArgumentException("otherListsPerDay must be >= 0: " + otherListsPerDay);
        }
    }

    public int forTeam(String team) {
        return callsPerDay.getOrDefault(team, otherListsPerDay);
    }
}
