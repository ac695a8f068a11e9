package com.retention.jobs.reporting;

import com.retention.domain.reporting.Interval;
import com.retention.domain.reporting.Proportion;
import com.retention.domain.reporting.Uplift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    private static final int TO_DATE = 0;
    private static final List<String> HEADERS = List.of("cohort", "campaign", "churn window (days)", "status",
            "contacted", "contacted churned", "contacted churn rate", "contacted 95% low", "contacted 95% high",
            "control", "control churned", "control churn rate", "control 95% low", "control 95% high",
            "uplift (control − contacted)", "uplift 95% low", "uplift 95% high", "not yet observable (both groups)");

    private final ReportMapper mapper;
    private final ReportProperties properties;

    UpliftSheet(ReportMapper mapper, ReportProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @Override
    public int write(XSSFWorkbook workbook, ReportStyles styles, ReportPeriod window) {
        ReportPeriod period = ReportPeriod.lastDays(window.date(), properties.upliftLookbackDays(), window.zone());
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Retention uplift against the control group",
                "Sales-campaign subscribers once each, at their first list date L in " + period.describe()
                        + ": contacted = listed and reached, control = held out. Churned = terminated on days L to L+n-1. "
                        + "Counts include only subscribers whose n days are over by " + window.date()
                        + " (the \"to date\" rows follow everyone from L to the day before, a partial window)"
                        + "; intervals: Wilson (rates), Newcombe (uplift), 95 %.",
                HEADERS);
        table.widen(0, 18);
        table.widen(3, 19);
        Map<String, Map<Integer, Map<String, UpliftGroupRow>>> byCampaign = new LinkedHashMap<>();
        List<Integer> windows = new ArrayList<>(properties.churnWindows());
        // "To date" (0 here): a young campaign shows its effect before its first full window ends.
        windows.add(TO_DATE);
        for (int days : windows) {
            for (UpliftGroupRow row : mapper.upliftGroups(period.from(), period.to(), days == TO_DATE ? null : days)) {
                byCampaign.computeIfAbsent(row.campaign(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(days, d -> new LinkedHashMap<>()).put(row.group(), row);
            }
        }
        int rows = 0;
        for (var campaign : byCampaign.entrySet()) {
            for (var churnWindow : campaign.getValue().entrySet()) {
                writeRow(table, campaign.getKey(), churnWindow.getKey(), churnWindow.getValue());
                rows++;
            }
        }
        if (rows == 0) {
            table.nothing("No contacted or control subscribers of sales campaigns in these list dates.");
        }
        BarChart.draw(table, "Churn rate: contacted vs control", 0, List.of(6, 11), "0%");
        return rows;
    }

    private static void writeRow(TableSheet table, String campaign, int days, Map<String, UpliftGroupRow> groups) {
        UpliftGroupRow contacted = groups.getOrDefault(UpliftGroupRow.CONTACTED,
                new UpliftGroupRow(campaign, UpliftGroupRow.CONTACTED, 0, 0, 0));
        UpliftGroupRow control = groups.getOrDefault(UpliftGroupRow.CONTROL,
                new UpliftGroupRow(campaign, UpliftGroupRow.CONTROL, 0, 0, 0));
        TableSheet.RowCells row = table.row();
        TableSheet.RowCells cells = days == TO_DATE
                ? row.text(campaign + " to date").text(campaign).text("to date (L to D-1)")
                : row.text(campaign + " " + days + " d").text(campaign).count(days);
        cells.text(status(contacted, control));
        group(cells, contacted.churn());
        group(cells, control.churn());
        if (!contacted.churn().isEmpty() && !control.churn().isEmpty()) {
            Uplift uplift = Uplift.of(control.churn(), contacted.churn());
            cells.number(uplift.difference(), table.styles().signedPercent)
                    .number(uplift.interval().low(), table.styles().signedPercent)
                    .number(uplift.interval().high(), table.styles().signedPercent);
        } else {
            cells.empty(3);
        }
        cells.count(contacted.subjects() - contacted.observable() + control.subjects() - control.observable());
    }

    /** The observed subjects and their churn; all empty, not zero, while none is observable. */
    private static void group(TableSheet.RowCells cells, Proportion churn) {
        if (churn.isEmpty()) {
            cells.empty(5);
        } else {
            cells.count(churn.trials()).count(churn.successes());
            Interval interval = churn.wilson95();
            cells.percent(churn.rate()).percent(interval.low()).percent(interval.high());
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
