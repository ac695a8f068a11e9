package com.retention.jobs.demo.simulation;

import java.util.List;

/** The agents who work a team's list, in turn down the priority order; a personal manager works their own. */
final class AgentRoster {

    private static final List<String> NAMES = List.of("Анна Смирнова", "Дмитрий Козлов", "Елена Волкова",
            "Игорь Морозов", "Ольга Новикова", "Сергей Лебедев", "Мария Соколова", "Павел Егоров", "Наталья Орлова",
            "Алексей Фёдоров", "Ирина Павлова", "Виктор Зайцев");

    private final List<String> agents;

    private AgentRoster(List<String> agents) {
        this.agents = agents;
    }

    /** A team's agents: a stable slice of the names by the team's name, wider for the big B2C team. */
    static AgentRoster of(String team) {
        if (team.startsWith("VIP-")) {
            return new AgentRoster(List.of(team.substring(4)));
        }
        int size = team.contains("B2C") ? 6 : 3;
        int start = Math.floorMod(team.hashCode(), NAMES.size());
        List<String> slice = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            slice.add(NAMES.get((start + i) % NAMES.size()) + " (" + team + ")");
        }
        return new AgentRoster(List.copyOf(slice));
    }

    String agentFor(long rowIndex) {
        return agents.get((int) (rowIndex % agents.size()));
    }
}
