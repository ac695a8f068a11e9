package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 5: per agent, calls, how many reached someone, talk and ring time, conversions, ratings, complaints. */
@Component
@Order(5)
class AgentSheet implements ReportSheet {

    static final String NAME = "Agents";

    private final ReportMapper mapper;

    AgentSheet(ReportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int write(XSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Agents",
                "Calls = outcomes of the call tasks of " + period.describe() + ". Reach rate = reached / calls; "
                        + "talk time averaged over reached calls, ring time over the calls the dialer timed; "
                        + "conversion = converted / reached; csat averaged over the rated reached calls, rated = "
                        + "their share of the reached calls.",
                List.of("agent", "calls", "reached", "reach rate", "average talk (s)", "average ring (s)",
                        "converted", "conversion", "csat", "rated", "complaints"));
        table.widen(0, 20);
        List<AgentRow> rows = mapper.agents(period.from(), period.to(), null);
        for (AgentRow r : rows) {
            table.row().text(r.agent()).count(r.calls()).count(r.reached())
                    .percent(r.reachRate()).decimal(r.averageTalkSeconds()).decimal(r.averageRingSeconds())
                    .count(r.converted()).percent(r.conversion()).decimal(r.averageCsat()).percent(r.shareRated())
                    .count(r.complaints());
        }
        if (rows.isEmpty()) {
            table.nothing("No outcomes for these list dates.");
        }
        BarChart.draw(table, "Calls per agent", 0, List.of(1, 2, 6), "#,##0");
        return rows.size();
    }
}
