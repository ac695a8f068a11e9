package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sheet 9: what became of the period's notifications on their channels (README "Delivery"): per campaign,
 * step and outage, how many were submitted, delivered (a DELIVRD receipt, or taken by the SMTP relay) and
 * failed, and the subscribers a delivered notice reached. Empty but for its note when delivery is off.
 */
@Component
@Order(9)
class DeliverySheet implements ReportSheet {

    static final String NAME = "Delivery";

    private final ReportFigures figures;

    DeliverySheet(ReportFigures figures) {
        this.figures = figures;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Notice delivery",
                "Notifications of " + period.describe() + " by campaign, step and outage. Submitted: accepted by "
                        + "the SMSC or the SMTP relay; delivered: a delivery receipt said so (e-mail: the relay took "
                        + "it); failed: undeliverable, expired, rejected or given up after the retries; awaiting: "
                        + "submitted, no receipt yet; not sent: held by the window, waiting for a retry or delivery off.",
                List.of("campaign", "step", "outage", "notifications", "submitted", "delivered", "failed",
                        "awaiting receipt", "not sent", "subscribers reached", "delivered share"));
        BarChart chart = BarChart.over(table, "Submitted, delivered and failed", 1, List.of(4, 5, 6), "#,##0");
        List<DeliveryRow> rows = figures.delivery(period);
        for (DeliveryRow r : rows) {
            table.row().text(r.campaign()).text(r.step()).text(r.outageId()).count(r.notifications())
                    .count(r.submitted()).count(r.delivered()).count(r.failed()).count(r.awaiting()).count(r.notSent())
                    .count(r.reached()).percent(r.deliveredShare());
        }
        if (rows.isEmpty()) {
            table.nothing("No notifications in these dates.");
        } else {
            chart.draw();
        }
        return rows.size();
    }
}
