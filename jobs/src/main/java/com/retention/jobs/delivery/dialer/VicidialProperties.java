package com.retention.jobs.delivery.dialer;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.dialer.vicidial.*}: the VICIdial list each team's calls load into (README "Delivery").
 *
 * @param listIds       the list_id of each team's list
 * @param defaultListId the list_id of any other list (the personal managers' VIP- lists)
 * @param statuses      VICIdial's status codes and the outcome each is imported as (upper case)
 */
@ConfigurationProperties(prefix = "retention.dialer.vicidial")
public record VicidialProperties(Map<String, Long> listIds, Long defaultListId, Map<String, String> statuses) {

    public VicidialProperties {
        listIds = listIds != null ? Map.copyOf(listIds) : Map.of();
        defaultListId = defaultListId != null ? defaultListId : 999L;
        Map<String, String> upper = new java.util.HashMap<>();
        if (statuses != null) {
            statuses.forEach((code, outcome) -> upper.put(code.strip().toUpperCase(java.util.Locale.ROOT), outcome));
        }
        statuses = Map.copyOf(upper);
    }

    public long listId(String team) {
        return listIds.getOrDefault(team, defaultListId);
    }
}
