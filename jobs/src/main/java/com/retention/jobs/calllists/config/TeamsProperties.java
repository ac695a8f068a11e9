package com.retention.jobs.calllists.config;

import com.retention.domain.contact.TeamCapacity;
import com.retention.domain.contact.TeamRoutingConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.teams.*}: each team's staffing, from which its calls per day follow (agents x
 * hours x calls per hour), and the size of every personal manager's list {@code VIP-<manager>}.
 * Team names are the ones the router uses (RETENTION_B2C, RETENTION_B2B, BILLING_B2C); a team
 * missing here gets {@code vip-list-capacity} like any other list.
 */
@ConfigurationProperties(prefix = "retention.teams")
public record TeamsProperties(Map<String, Team> lists, Integer vipListCapacity, String vipListPrefix,
                              String vipWithoutManager) {

    public TeamsProperties {
        TeamRoutingConfig routing = TeamRoutingConfig.defaults();
        if (lists == null || lists.isEmpty()) {
            lists = new LinkedHashMap<>();
            lists.put(routing.retentionB2c(), new Team(20, 8, 12));
            lists.put(routing.retentionB2b(), new Team(4, 8, 8));
            lists.put(routing.billingB2c(), new Team(10, 8, 15));
        }
        lists = Map.copyOf(lists);
        vipListCapacity = vipListCapacity != null ? vipListCapacity : 40;
        vipListPrefix = vipListPrefix != null ? vipListPrefix : routing.vipListPrefix();
        vipWithoutManager = vipWithoutManager != null ? vipWithoutManager : routing.vipWithoutManager();
    }

    public TeamRoutingConfig routing() {
        TeamRoutingConfig defaults = TeamRoutingConfig.defaults();
        return new TeamRoutingConfig(defaults.retentionB2c(), defaults.retentionB2b(), defaults.billingB2c(),
                vipListPrefix, vipWithoutManager);
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
