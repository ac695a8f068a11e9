package com.retention.jobs.reporting;

import com.retention.jobs.calllists.config.TeamsProperties;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * Each agent's productive hours over list dates from..to, against the roster: on every day they
 * made calls, the productive hours of an agent of the team they called for most (the shift's hours
 * less its break with a roster, else the team's {@code hours}). An agent of a list nobody staffs in
 * {@code teams.lists} (a personal manager) has no hours.
 */
@Component
class AgentHours {

    private final ReportMapper mapper;
    private final TeamsProperties teams;

    AgentHours(ReportMapper mapper, TeamsProperties teams) {
        this.mapper = mapper;
        this.teams = teams;
    }

    Map<String, Double> byAgent(LocalDate from, LocalDate to) {
        Map<String, Double> hours = new HashMap<>();
        Map<String, Boolean> unstaffed = new HashMap<>();
        for (AgentDayRow day : mapper.agentDays(from, to)) {
            OptionalDouble perAgent = teams.productiveHoursPerAgent(day.team());
            if (perAgent.isEmpty()) {
                unstaffed.put(day.agent(), true);
            } else {
                hours.merge(day.agent(), perAgent.getAsDouble(), Double::sum);
            }
        }
        unstaffed.keySet().forEach(hours::remove); // part of their days has no known hours: no figure
        return hours;
    }
}
