package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 1: candidates down to conversions per campaign and step. */
@Component
@Order(1)
class FunnelSheet implements ReportSheet {

    static final String NAME = "Funnel";
    private static final List<String> HEADERS = List.of("campaign", "step", "candidates", "control", "listed",
            "attempted", "reached", "converted", "messages sent");

    private final ReportMapper mapper;

    FunnelSheet(ReportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Campaign funnel",
                "Candidate rows per campaign and step, " + period.describe() + ". Attempted: an outcome came back; "
                        + "reached: not NO_ANSWER, BUSY, VOICEMAIL or WRONG_NUMBER; converted: ACCEPTED (sales), "
                        + "PROMISE_TO_PAY or PAID (dunning), NOTIFIED (outage). A carried-over candidate counts on each day.",
                HEADERS);
        BarChart chart = BarChart.over(table, "Funnel per step", 1, List.of(4, 5, 6, 7, 8), "#,##0");
        table.widen(0, 16);
        table.widen(1, 20);
        List<FunnelRow> rows = mapper.funnel(period.from(), period.to());
        for (FunnelRow r : rows) {
            table.row().text(r.campaign()).text(r.step()).count(r.candidates()).count(r.control()).count(r.listed())
                    .count(r.attempted()).count(r.reached()).count(r.converted()).count(r.sent());
        }
        if (rows.isEmpty()) {
            table.nothing("No candidates in these list dates.");
        }
        chart.draw();
        return rows.size();
    }
}
