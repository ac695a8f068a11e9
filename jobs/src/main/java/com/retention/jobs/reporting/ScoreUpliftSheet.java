package com.retention.jobs.reporting;

import com.retention.domain.reporting.Proportion;
import com.retention.domain.reporting.ScoreUplift;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sheet 8, "Uplift by score": the subjects of sheet "Uplift" ranked by their churn score on the list
 * date, contacted against control churn in each tenth by score, and the Qini curve with its area
 * (README, "Learned churn model"): does calling the highest scores save more subscribers than calling
 * at random? One churn window, the first of {@code retention.report.churn-windows}.
 */
@Component
@Order(8)
class ScoreUpliftSheet implements ReportSheet {

    static final String NAME = "Uplift by score";
    private static final List<String> HEADERS = List.of("tenth by score", "highest score", "lowest score",
            "contacted", "contacted churned", "contacted churn rate", "control", "control churned", "control churn rate",
            "uplift (control − contacted)", "share called (from the top)", "Qini: saved by calling by score",
            "saved calling at random");

    private final ReportFigures figures;
    private final UpliftRows uplift;

    ScoreUpliftSheet(ReportFigures figures, UpliftRows uplift) {
        this.figures = figures;
        this.uplift = uplift;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod window) {
        ReportPeriod period = uplift.period(window.date(), window.zone());
        ScoreUpliftFigures scored = figures.scoreUplift(period);
        int days = scored.churnDays();
        List<ScoreUplift.Decile> deciles = scored.deciles();
        String area = scored.qiniArea() == null ? "" : String.format(Locale.ROOT,
                " Qini area (between the curve and the random line over the share called, in subscribers saved): %.2f.",
                scored.qiniArea());
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Uplift by churn score, and the Qini curve",
                "The subjects of the Uplift sheet (first list date L in " + period.describe() + ") whose " + days
                        + " days are over by " + window.date() + ", ranked by their churn score on L and cut in tenths."
                        + " Churned = terminated on days L to L+" + (days - 1) + ". Qini at a share called = the control"
                        + " group's churners scaled to the contacted among those subjects minus the contacted's churners:"
                        + " subscribers saved by calling them." + area,
                HEADERS);
        BarChart chart = BarChart.over(table, "Qini: subscribers saved, by score against at random", 0, List.of(11, 12), "0.0");
        for (ScoreUplift.Decile d : deciles) {
            TableSheet.RowCells row = table.row().text("tenth " + d.decile()).decimal(d.highestScore())
                    .decimal(d.lowestScore());
            group(row, d.contacted());
            group(row, d.control());
            if (d.uplift() != null) {
                row.number(d.uplift(), styles.signedPercent);
            } else {
                row.empty(1);
            }
            row.percent(d.share()).decimal(d.saved()).decimal(d.random());
        }
        if (deciles.isEmpty()) {
            table.nothing("No scored contacted or control subjects whose " + days + " days are over yet.");
        }
        chart.draw();
        return deciles.size();
    }

    private static void group(TableSheet.RowCells row, Proportion p) {
        row.count(p.trials()).count(p.successes());
        if (p.isEmpty()) {
            row.empty(1);
        } else {
            row.percent(p.rate());
        }
    }
}
