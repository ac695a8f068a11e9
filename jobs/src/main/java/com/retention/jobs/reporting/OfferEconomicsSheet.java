package com.retention.jobs.reporting;

import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 6: monthly revenue before and after the accepted tariff migrations. */
@Component
@Order(6)
class OfferEconomicsSheet implements ReportSheet {

    static final String NAME = "Offers";
    static final String TOTAL = "total";

    private final ReportMapper mapper;

    OfferEconomicsSheet(ReportMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Offer economics",
                "Accepted migrations (tariff-change orders) sold on " + period.describe() + ". Monthly revenue "
                        + "before = the offer's projected cost on the current tariff (else its monthly fee), "
                        + "after = the offer's projected cost (else the new tariff's fee).",
                List.of("migration", "from tariff", "to tariff", "orders", "monthly revenue before",
                        "monthly revenue after", "monthly change"));
        BarChart chart = BarChart.over(table, "Monthly revenue per migration", 0, List.of(4, 5), "#,##0");
        table.widen(0, 24);
        List<MigrationRow> rows = mapper.migrations(period.from(), period.to());
        for (MigrationRow r : rows) {
            table.row().text(r.fromTariff() + " → " + r.toTariff()).text(r.fromTariff()).text(r.toTariff())
                    .count(r.orders()).money(r.revenueBefore()).money(r.revenueAfter()).money(r.change());
        }
        if (rows.isEmpty()) {
            table.nothing("No accepted migrations in these list dates.");
            return 0;
        }
        // The chart covers the migrations only, so it is drawn before the total row is added.
        chart.draw();
        ReportFigures.MigrationTotal total = ReportFigures.MigrationTotal.of(rows);
        table.row().textStyled(TOTAL, styles.totalText).textStyled("", styles.totalText)
                .textStyled("", styles.totalText).number((double) total.orders(), styles.totalCount)
                .number(total.revenueBefore().doubleValue(), styles.totalMoney)
                .number(total.revenueAfter().doubleValue(), styles.totalMoney)
                .number(total.change().doubleValue(), styles.totalMoney);
        return rows.size();
    }
}
