package com.retention.jobs.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Sheet 3: per dunning step, the money owed at contact and the money paid soon after it. */
@Component
@Order(3)
class DunningSheet implements ReportSheet {

    static final String NAME = "Dunning";

    private final ReportMapper mapper;
    private final ReportProperties properties;

    DunningSheet(ReportMapper mapper, ReportProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    @Override
    public int write(SXSSFWorkbook workbook, ReportStyles styles, ReportPeriod period) {
        int days = properties.recoveryDays();
        TableSheet table = new TableSheet(workbook.createSheet(NAME), styles, "Dunning recovery",
                "Accounts contacted (call listed or SMS sent) per step, once each at their first contact C in "
                        + period.describe() + ". Paid = payments on days C to C+" + (days - 1)
                        + ", counted up to the overdue amount at contact.",
                List.of("step", "accounts contacted", "overdue at contact", "paid within " + days + " days",
                        "recovery rate", "accounts still within " + days + " days"));
        BarChart chart = BarChart.over(table, "Overdue at contact and paid", 0, List.of(2, 3), "#,##0");
        table.widen(0, 22);
        List<DunningRecoveryRow> rows = mapper.dunningRecovery(period.from(), period.to(), days);
        for (DunningRecoveryRow r : rows) {
            table.row().text(r.step()).count(r.accounts()).money(r.overdue()).money(r.paid())
                    .percent(r.recoveryRate()).count(r.stillOpen());
        }
        if (rows.isEmpty()) {
            table.nothing("No dunning contacts in these list dates.");
        }
        chart.draw();
        return rows.size();
    }

    static Double rate(BigDecimal paid, BigDecimal overdue) {
        if (overdue == null || overdue.signum() == 0) {
            return null;
        }
        return paid.divide(overdue, 6, RoundingMode.HALF_UP).doubleValue();
    }
}
