package com.retention.jobs.reporting;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 4: per outage, who it covered, which notices went out and how soon after its start. */
@Component
@Order(4)
class OutageSheet implements ReportSheet {

    static final String NAME = "Outages";

    private final ReportMapper mapper;

    OutageSheet(ReportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        ZoneId zone = period.zone();
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Outage notices",
                "Outages running or noticed in " + period.describe() + ". Covered: active subscribers in the "
                        + "outage's areas and below. Minutes from the outage start to the notice decision "
                        + "(pre-notices and incident notices; negative = ahead of the start). Notified: not counting "
                        + "a subscriber whose every notice is known not to have arrived (a receipt or the channel "
                        + "said so); submitted, delivered and failed: what delivery made of the notices (none "
                        + "while delivery is off). Times in " + zone + ".",
                List.of("outage", "kind", "starts at", "ended at", "subscribers covered", "pre-notices",
                        "incident notices", "restored notices", "calls", "subscribers notified", "coverage share",
                        "minutes to first notice", "average minutes to notice", "submitted", "delivered",
                        "failed"));
        BarChart chart = BarChart.over(table, "Covered and notified per outage", 0, List.of(4, 9), "#,##0");
        table.widen(2, 17);
        table.widen(3, 17);
        List<OutageNoticeRow> rows = mapper.outageNotices(period.from(), period.to(), period.fromInstant(),
                period.toInstant());
        for (OutageNoticeRow r : rows) {
            table.row().text(r.outageId()).text(r.kind()).dateTime(local(r.startsAt(), zone))
                    .dateTime(local(r.endedAt(), zone)).count(r.covered()).count(r.preNotices())
                    .count(r.incidentNotices()).count(r.restoredNotices()).count(r.calls()).count(r.notified())
                    .percent(r.coverageShare())
                    .decimal(r.firstNoticeMinutes()).decimal(r.averageNoticeMinutes())
                    .count(r.submitted()).count(r.delivered()).count(r.failed());
        }
        if (rows.isEmpty()) {
            table.nothing("No outages in these dates.");
        }
        chart.draw();
        return rows.size();
    }

    private static LocalDateTime local(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime();
    }
}
