package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 5: per agent, calls, how many reached someone, talk and ring time, conversions, ratings, complaints. */
@Component
@Order(5)
class AgentSheet implements ReportSheet {

    static final String NAME = "Agents";

    private final ReportMapper mapper;
    private final AgentHours hours;

    AgentSheet(ReportMapper mapper, AgentHours hours) {
        this.mapper = mapper;
        this.hours = hours;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Agents",
                "Calls = outcomes of the call tasks of " + period.describe() + ". Reach rate = reached / calls; "
                        + "talk time averaged over reached calls, ring time over the calls the dialer timed; "
                        + "conversion = converted / reached; csat averaged over the rated reached calls, rated = "
                        + "their share of the reached calls; calls per productive hour = calls / the productive "
                        + "hours of their team's shift (or staffed hours) on each day they called.",
                List.of("agent", "calls", "reached", "reach rate", "average talk (s)", "average ring (s)",
                        "converted", "conversion", "csat", "rated", "complaints", "calls per productive hour"));
        BarChart chart = BarChart.over(table, "Calls per agent", 0, List.of(1, 2, 6), "#,##0");
        table.widen(0, 20);
        List<AgentRow> rows = mapper.agents(period.from(), period.to(), null);
        java.util.Map<String, Double> productive = hours.byAgent(period.from(), period.to());
        for (AgentRow r : rows) {
            Double agentHours = productive.get(r.agent());
            table.row().text(r.agent()).count(r.calls()).count(r.reached())
                    .percent(r.reachRate()).decimal(r.averageTalkSeconds()).decimal(r.averageRingSeconds())
                    .count(r.converted()).percent(r.conversion()).decimal(r.averageCsat()).percent(r.shareRated())
                    .count(r.complaints()).decimal(agentHours == null || agentHours == 0 ? null : r.calls() / agentHours);
        }
        if (rows.isEmpty()) {
            table.nothing("No outcomes for these list dates.");
        }
        chart.draw();
        return rows.size();
    }
}
