package com.retention.jobs.reporting;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sheet 7: what became of the period's notifications on their channels (README "Delivery"): per campaign,
 * step and outage, how many were submitted, delivered (a DELIVRD receipt, or taken by the SMTP relay) and
 * failed, and the subscribers a delivered notice reached. Empty but for its note when delivery is off.
 */
@Component
@Order(7)
class DeliverySheet implements ReportSheet {

    static final String NAME = "Delivery";

    private final JdbcTemplate jdbc;

    DeliverySheet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int write(XSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Notice delivery",
                "Notifications of " + period.describe() + " by campaign, step and outage. Submitted: accepted by "
                        + "the SMSC or the SMTP relay; delivered: a delivery receipt said so (e-mail: the relay took "
                        + "it); failed: undeliverable, expired, rejected or given up after the retries; awaiting: "
                        + "submitted, no receipt yet; not sent: held by the window, waiting for a retry or delivery off.",
                List.of("campaign", "step", "outage", "notifications", "submitted", "delivered", "failed",
                        "awaiting receipt", "not sent", "subscribers reached", "delivered share"));
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT n.campaign, n.step, n.outage_id,
                       count(*) AS notifications,
                       count(*) FILTER (WHERE d.status IN ('SUBMITTED', 'DELIVERED', 'UNDELIVERABLE', 'EXPIRED')
                           OR (d.status = 'REJECTED' AND d.submitted_at IS NOT NULL)) AS submitted,
                       count(*) FILTER (WHERE d.status = 'DELIVERED') AS delivered,
                       count(*) FILTER (WHERE d.status IN ('UNDELIVERABLE', 'EXPIRED', 'REJECTED', 'FAILED')) AS failed,
                       count(*) FILTER (WHERE d.status = 'SUBMITTED') AS awaiting,
                       count(*) FILTER (WHERE d.status IS NULL OR d.status IN ('RETRY', 'SUBMITTING')) AS not_sent,
                       count(DISTINCT n.subscriber_id) FILTER (WHERE d.status = 'DELIVERED') AS reached
                FROM notification n
                LEFT JOIN notification_delivery d ON d.notification_id = n.notification_id
                WHERE n.business_date BETWEEN ? AND ?
                GROUP BY n.campaign, n.step, n.outage_id
                ORDER BY n.campaign, n.step, n.outage_id NULLS FIRST
                """, period.from(), period.to());
        for (Map<String, Object> r : rows) {
            long notifications = number(r, "notifications");
            long delivered = number(r, "delivered");
            table.row().text((String) r.get("campaign")).text((String) r.get("step")).text((String) r.get("outage_id"))
                    .count(notifications).count(number(r, "submitted")).count(delivered).count(number(r, "failed"))
                    .count(number(r, "awaiting")).count(number(r, "not_sent")).count(number(r, "reached"))
                    .percent(notifications == 0 ? null : (double) delivered / notifications);
        }
        if (rows.isEmpty()) {
            table.nothing("No notifications in these dates.");
        } else {
            BarChart.draw(table, "Submitted, delivered and failed", 1, List.of(4, 5, 6), "#,##0");
        }
        return rows.size();
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
