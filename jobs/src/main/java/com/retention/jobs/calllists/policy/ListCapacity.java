package com.retention.jobs.calllists.policy;

import com.retention.domain.contact.CapacityCut;
import com.retention.domain.contact.SaveCall;
import com.retention.domain.contact.TeamCapacity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code PolicyMapper.applyDecisions} cuts the day's winners at, as the domain's
 * {@link CapacityCut} gives it: each named team's calls a day ({@code teams} and {@code capacities},
 * parallel), {@code otherLists} for a list not named, the SAVE priority that goes first on a list;
 * {@code onTopOf} not null: an intraday top-up of that date's lists.
 */
public record ListCapacity(String[] teams, Integer[] capacities, int otherLists, int savePriority, LocalDate onTopOf) {

    static ListCapacity of(TeamCapacity capacity, LocalDate onTopOf) {
        List<Map.Entry<String, Integer>> teams = List.copyOf(capacity.callsPerDay().entrySet());
        return new ListCapacity(teams.stream().map(Map.Entry::getKey).toArray(String[]::new),
                teams.stream().map(Map.Entry::getValue).toArray(Integer[]::new), capacity.otherListsPerDay(),
                SaveCall.PRIORITY, onTopOf);
    }
}
