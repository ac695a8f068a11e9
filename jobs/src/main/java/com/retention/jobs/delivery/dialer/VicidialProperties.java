package com.retention.jobs.delivery.dialer;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code retention.dialer.vicidial.*}: the VICIdial list each team's calls load into (README "Delivery").
 *
 * @param listIds       the list_id of each team's list
 * @param defaultListId the list_id of any other list (the personal managers' VIP- lists)
 */
@ConfigurationProperties(prefix = "retention.dialer.vicidial")
public record VicidialProperties(Map<String, Long> listIds, Long defaultListId) {

    public VicidialProperties {
        listIds = listIds != null ? Map.copyOf(listIds) : Map.of();
        defaultListId = defaultListId != null ? defaultListId : 999L;
    }

    public long listId(String team) {
        return listIds.getOrDefault(team, defaultListId);
    }
}
