package com.retention.jobs.calllists.config;

import com.retention.domain.contact.TeamCapacity;
import com.retention.domain.contact.TeamRoutingConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.teams.*}: the names of the teams calls are routed to ({@code retention-b2c},
 * {@code retention-b2b}, {@code billing-b2c}, {@code vip-without-manager}), each team's staffing,
 * from which its calls per day follow (agents x hours x calls per hour), and the size of every
 * personal manager's list {@code VIP-<manager>}. Every routed-to team must be staffed in
 * {@code lists}: a team missing there stops the start, rather than quietly getting a VIP list's size.
 */
@ConfigurationProperties(prefix = "retention.teams")
public record TeamsProperties(String retentionB2c, String retentionB2b, String billingB2c, Map<String, Team> lists,
                              Integer vipListCapacity, String vipListPrefix, String vipWithoutManager) {

    public TeamsProperties {
        TeamRoutingConfig defaults = TeamRoutingConfig.defaults();
        retentionB2c = named(retentionB2c, defaults.retentionB2c());
        retentionB2b = named(retentionB2b, defaults.retentionB2b());
        billingB2c = named(billingB2c, defaults.billingB2c());
        if (lists == null || lists.isEmpty()) {
            lists = new LinkedHashMap<>();
            lists.put(retentionB2c, new Team(20, 8, 12));
            lists.put(retentionB2b, new Team(4, 8, 8));
            lists.put(billingB2c, new Team(10, 8, 15));
        }
        lists = Map.copyOf(lists);
        vipListCapacity = vipListCapacity != null ? vipListCapacity : 40;
        vipListPrefix = vipListPrefix != null ? vipListPrefix : defaults.vipListPrefix();
        vipWithoutManager = named(vipWithoutManager, defaults.vipWithoutManager());
    }

    private static String named(String name, String otherwise) {
        return name == null || name.isBlank() ? otherwise : name.strip();
    }

    public TeamRoutingConfig routing() {
        TeamRoutingConfig routing = new TeamRoutingConfig(retentionB2c, retentionB2b, billingB2c, vipListPrefix,
                vipWithoutManager);
        routing.teamsByRole().forEach((role, team) -> {
            if (!lists.containsKey(team)) {
                throw new IllegalArgumentException("retention.teams." + role + " routes calls to " + team
                        + ", which retention.teams.lists does not staff (it has " + String.join(", ", lists.keySet().stream().sorted().toList())
                        + "); add lists." + team + " with agents, hours and calls-per-hour, or route to one of those");
            }
        });
        return routing;
    }

    public TeamCapacity capacity() {
        Map<String, Integer> perDay = new LinkedHashMap<>();
        lists.forEach((team, staffing) -> perDay.put(team, staffing.callsPerDay(team)));
        if (vipListCapacity < 0) {
            throw new IllegalArgumentException("retention.teams.vip-list-capacity must be >= 0: " + vipListCapacity);
        }
        return new TeamCapacity(perDay, vipListCapacity);
    }

    /** One team's staffing on a working day. */
    public record Team(int agents, double hours, double callsPerHour) {

        int callsPerDay(String team) {
            if (agents < 0 || hours < 0 || callsPerHour < 0) {
                throw new IllegalArgumentException("retention.teams.lists." + team + ": agents, hours and calls-per-hour must be >= 0");
            }
            return (int) Math.floor(agents * hours * callsPerHour);
        }
    }
}
