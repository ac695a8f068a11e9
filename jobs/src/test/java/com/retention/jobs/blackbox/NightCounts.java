package com.retention.jobs.blackbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the night of D wrote to the database, counted per table as rows and as distinct business keys:
 * scores, offers, dunning cases, outage notices, contact candidates, call tasks, notifications and
 * orders. Two runs over the same data must give the same map; a row written twice shows as more rows
 * (or more rows than keys) than the undisturbed run has.
 */
public final class NightCounts {

    /** Table, its business key, and which rows belong to D. */
    private static final String[][] TABLES = {
            {"churn_score", "subscriber_id", "business_date = ?"},
            {"offer", "subscriber_id, campaign", "business_date = ?"},
            {"dunning_case", "account_id", "business_date = ?"},
            {"outage_notice", "outage_id, subscriber_id, kind", "business_date = ?"},
            {"contact_candidate", "subscriber_id, channel, campaign, step, outage_id, source_task_id", "business_date = ?"},
            {"call_task", "subscriber_id, campaign, step, attempt", "business_date = ?"},
            {"notification", "subscriber_id, channel, campaign, step, outage_id, template", "business_date = ?"},
            {"tariff_order", "task_id", "business_date = ?"},
    };

    private NightCounts() {
    }

    public static Map<String, Long> of(Connection connection, LocalDate date) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String[] table : TABLES) {
            String sql = "SELECT count(*), count(DISTINCT (" + table[1] + ")) FROM " + table[0] + " WHERE " + table[2];
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, date);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    counts.put(table[0] + " rows", rows.getLong(1));
                    counts.put(table[0] + " keys", rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
