package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sheet 2: churn within each window after the list date, contacted against control, with Wilson
 * intervals and the uplift's Newcombe interval. A window not yet elapsed is said so, not zero.
 */
@Component
@Order(2)
class UpliftSheet implements ReportSheet {

    static final String NAME = "Uplift";
    static final String NOT_YET_OBSERVABLE = "not yet observable";
    private static final List<String> HEADERS = List.of("cohort", "campaign", "churn window (days)", "status",
            "contacted", "contacted churned", "contacted churn rate", "contacted 95% low", "contacted 95% high",
            "control", "control churned", "control churn rate", "control 95% low", "control 95% high",
            "uplift (control − contacted)", "uplift 95% low", "uplift 95% high", "not yet observable (both groups)");

    private final UpliftRows uplift;

    UpliftSheet(UpliftRows uplift) {
        this.uplift = uplift;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod window) {
        ReportPeriod period = uplift.period(window.date(), window.zone());
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Retention uplift against the control group",
                "Sales-campaign subscribers once each, at their first list date L in " + period.describe()
                        + ": contacted = listed and reached, control = held out. Churned = terminated on days L to L+n-1. "
                        + "Counts include only subscribers whose n days are over by " + window.date()
                        + " (the \"to date\" rows follow everyone from L to the day before, a partial window)"
                        + "; intervals: Wilson (rates), Newcombe (uplift), 95 %.",
                HEADERS);
        BarChart chart = BarChart.over(table, "Churn rate: contacted vs control", 0, List.of(6, 11), "0%");
        table.widen(0, 18);
        table.widen(3, 19);
        List<UpliftRow> rows = uplift.rows(period);
        rows.forEach(row -> writeRow(table, row));
        if (rows.isEmpty()) {
            table.nothing("No contacted or control subscribers of sales campaigns in these list dates.");
        }
        chart.draw();
        return rows.size();
    }

    private static void writeRow(TableSheet table, UpliftRow r) {
        TableSheet.RowCells row = table.row();
        TableSheet.RowCells cells = r.windowDays() == null
                ? row.text(r.campaign() + " to date").text(r.campaign()).text("to date (L to D-1)")
                : row.text(r.campaign() + " " + r.windowDays() + " d").text(r.campaign()).count(r.windowDays());
        cells.text(r.status());
        group(cells, r.contacted());
        group(cells, r.control());
        if (r.uplift() != null) {
            cells.number(r.uplift(), table.styles().signedPercent)
                    .number(r.upliftLow(), table.styles().signedPercent)
                    .number(r.upliftHigh(), table.styles().signedPercent);
        } else {
            cells.empty(3);
        }
        cells.count(r.notYetObservable());
    }

    /** The observed subjects and their churn; all empty, not zero, while none is observable. */
    private static void group(TableSheet.RowCells cells, UpliftRow.Group group) {
        if (group.rate() == null) {
            cells.empty(5);
        } else {
            cells.count(group.observed()).count(group.churned())
                    .percent(group.rate()).percent(group.low()).percent(group.high());
        }
    }

    static String status(UpliftGroupRow contacted, UpliftGroupRow control) {
        if (control.subjects() == 0) {
            return "no control group";
        }
        if (contacted.subjects() == 0) {
            return "nobody contacted";
        }
        if (control.observable() == 0 || contacted.observable() == 0) {
            return NOT_YET_OBSERVABLE;
        }
        return "observed";
    }
}
