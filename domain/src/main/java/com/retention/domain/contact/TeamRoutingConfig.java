package com.retention.domain.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Team names the router uses (B2C sales and outage calls, every B2B call, B2C dunning calls). {@code vipWithoutManager} is where a VIP's calls go when the
 * personal_manager column is empty: the B2B team by default, because it already handles every
 * kind of call for high-value clients with a personal approach, and a VIP must still be called.
 */
public record TeamRoutingConfig(String retentionB2c, String retentionB2b, String billingB2c,
                                String vipListPrefix, String vipWithoutManager) {

    public TeamRoutingConfig {
        Objects.requireNonNull(retentionB2c, "retentionB2c");
        Objects.requireNonNull(retentionB2b, "retentionB2b");
        Objects.requireNonNull(billingB2c, "billingB2c");
        Objects.requireNonNull(vipListPrefix, "vipListPrefix");
        Objects.requireNonNull(vipWithoutManager, "vipWithoutManager");
    }

    /**
     * The fixed-name teams calls are routed to, by the role they have here: each needs its staffing
     * (a capacity of its own). A VIP-less fallback that is itself a personal manager's list is not one.
     */
    public Map<String, String> teamsByRole() {
        Map<String, String> teams = new LinkedHashMap<>();
        teams.put("retention-b2c", retentionB2c);
        teams.put("retention-b2b", retentionB2b);
        teams.put("billing-b2c", billingB2c);
        if (!vipWithoutManager.startsWith(vipListPrefix)) {
            teams.put("vip-without-manager", vipWithoutManager);
        }
        return teams;
    }

    public static TeamRoutingConfig defaults() {
        return new TeamRoutingConfig("RETENTION_B2C", "RETENTION_B2B", "BILLING_B2C", "VIP-", "RETENTION_B2B");
    }
}
