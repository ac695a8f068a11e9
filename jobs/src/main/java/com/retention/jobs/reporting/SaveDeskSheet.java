package com.retention.jobs.reporting;

import com.retention.domain.tickets.SaveDeskRules;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sheet 7: the save desk (README, "Save desk"). Requests to leave per month over the uplift's longer
 * period (a request is judged only once its saved-after days are over), with the SAVE calls made for
 * them and how many subscribers stayed ({@link SaveDeskRules}).
 */
@Component
@Order(7)
class SaveDeskSheet implements ReportSheet {

    static final String NAME = "Save desk";
    private static final List<String> HEADERS = List.of("month of request", "requests", "called", "reached",
            "accepted an offer", "can be judged", "saved", "save rate");

    private final ReportFigures figures;
    private final UpliftRows uplift;
    private final SaveDeskRules rules;

    SaveDeskSheet(ReportFigures figures, UpliftRows uplift, SaveDeskRules rules) {
        this.figures = figures;
        this.uplift = uplift;
        this.rules = rules;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod window) {
        ReportPeriod period = uplift.period(window.date(), window.zone());
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Save desk",
                "TERMINATION_REQUEST and PORT_OUT tickets opened on the days of " + period.describe()
                        + ", by the month they were opened. Called = a SAVE call was listed for the subscriber "
                        + "within " + rules.savedAfterDays() + " days of the request; reached = one of them was "
                        + "answered; saved = the subscriber was still active " + rules.savedAfterDays()
                        + " days after the request, counted only for requests whose " + rules.savedAfterDays()
                        + " days are over by " + window.date() + " (can be judged).",
                HEADERS);
        BarChart chart = BarChart.over(table, "Requests and saved subscribers per month", 0, List.of(1, 3, 6), "#,##0");
        List<SaveDeskRow> rows = figures.saveDesk(period);
        for (SaveDeskRow r : rows) {
            table.row().text(r.month()).count(r.requests()).count(r.called()).count(r.reached()).count(r.accepted())
                    .count(r.observable()).count(r.saved()).percent(r.saveRate());
        }
        if (rows.isEmpty()) {
            table.nothing("No requests to leave in these days.");
            return 0;
        }
        chart.draw();
        return rows.size();
    }
}
