package com.retention.jobs.console;

import com.retention.domain.reporting.ScoreUplift;
import com.retention.jobs.reporting.AgentRow;
import com.retention.jobs.reporting.DeliveryRow;
import com.retention.jobs.reporting.DunningRecoveryRow;
import com.retention.jobs.reporting.FunnelRow;
import com.retention.jobs.reporting.MigrationRow;
import com.retention.jobs.reporting.OutageNoticeRow;
import com.retention.jobs.reporting.SaveDeskRow;
import com.retention.jobs.reporting.TeamCallRow;
import com.retention.jobs.reporting.UpliftRow;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The Reports page's charts, as JSON for the canvases' {@code data-chart}: the same series the
 * workbook's sheets chart, from the same rows the page's tables show.
 */
@Component
class ReportCharts {

    private final MessageSource messages;
    private final ObjectMapper json;

    ReportCharts(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    String funnel(List<FunnelRow> rows) {
        return write(new ReportChart(labels(rows, r -> r.campaign() + " · " + r.step()), List.of(
                bars("reports.listed", rows, FunnelRow::listed), bars("reports.attempted", rows, FunnelRow::attempted),
                bars("reports.reached", rows, FunnelRow::reached), bars("reports.converted", rows, FunnelRow::converted),
                bars("reports.sent", rows, FunnelRow::sent)), "count"));
    }

    /** Only the rows with an uplift: a window nobody has completed has no interval to draw. */
    String uplift(List<UpliftRow> all) {
        List<UpliftRow> rows = all.stream().filter(r -> r.uplift() != null).toList();
        return write(new ReportChart(labels(rows, this::upliftLabel), List.of(
                ReportChart.Series.bars(text("reports.uplift.interval"),
                        rows.stream().map(r -> List.of(r.upliftLow(), r.upliftHigh())).toList()),
                ReportChart.Series.points(text("reports.uplift.estimate"), rows.stream().map(UpliftRow::uplift).toList())),
                "percent"));
    }

    String upliftLabel(UpliftRow row) {
        return row.campaign() + " · " + (row.windowDays() == null ? text("reports.uplift.toDate")
                : messages.getMessage("reports.uplift.days", new Object[] {row.windowDays()}, LocaleContextHolder.getLocale()));
    }

    String dunning(List<DunningRecoveryRow> rows) {
        return write(new ReportChart(labels(rows, DunningRecoveryRow::step), List.of(
                bars("reports.dunning.overdue", rows, DunningRecoveryRow::overdue),
                bars("reports.dunning.paidChart", rows, DunningRecoveryRow::paid)), "money"));
    }

    String outages(List<OutageNoticeRow> rows) {
        return write(new ReportChart(labels(rows, OutageNoticeRow::outageId), List.of(
                bars("reports.outages.covered", rows, OutageNoticeRow::covered),
                bars("reports.outages.notified", rows, OutageNoticeRow::notified)), "count"));
    }

    String agents(List<AgentRow> rows) {
        return write(new ReportChart(labels(rows, AgentRow::agent), List.of(
                bars("reports.agents.calls", rows, AgentRow::calls), bars("reports.reached", rows, AgentRow::reached),
                bars("reports.converted", rows, AgentRow::converted)), "count"));
    }

    String teams(List<TeamCallRow> rows) {
        return write(new ReportChart(labels(rows, r -> r.team() + " · " + r.campaign()), List.of(
                bars("reports.listed", rows, TeamCallRow::listed), bars("reports.attempted", rows, TeamCallRow::attempted),
                bars("reports.reached", rows, TeamCallRow::reached), bars("reports.converted", rows, TeamCallRow::converted)),
                "count"));
    }

    String offers(List<MigrationRow> rows) {
        return write(new ReportChart(labels(rows, r -> r.fromTariff() + " → " + r.toTariff()), List.of(
                bars("reports.offers.before", rows, MigrationRow::revenueBefore),
                bars("reports.offers.after", rows, MigrationRow::revenueAfter)), "money"));
    }

    String saveDesk(List<SaveDeskRow> rows) {
        return write(new ReportChart(labels(rows, SaveDeskRow::month), List.of(
                bars("reports.saveDesk.requests", rows, SaveDeskRow::requests),
                bars("reports.reached", rows, SaveDeskRow::reached),
                bars("reports.saveDesk.saved", rows, SaveDeskRow::saved)), "count"));
    }

    /** The Qini curve at each tenth: subscribers saved by calling the highest scores, and at random. */
    String scoreUplift(List<ScoreUplift.Decile> rows) {
        return write(new ReportChart(labels(rows, d -> String.valueOf(d.decile())), List.of(
                bars("reports.scoreUplift.saved", rows, ScoreUplift.Decile::saved),
                bars("reports.scoreUplift.random", rows, ScoreUplift.Decile::random)), "count"));
    }

    String delivery(List<DeliveryRow> rows) {
        return write(new ReportChart(labels(rows, r -> r.campaign() + " · " + r.step()
                + (r.outageId() == null ? "" : " · " + r.outageId())), List.of(
                bars("reports.delivery.submitted", rows, DeliveryRow::submitted),
                bars("reports.delivery.delivered", rows, DeliveryRow::delivered),
                bars("reports.delivery.failed", rows, DeliveryRow::failed)), "count"));
    }

    private <R> ReportChart.Series bars(String key, List<R> rows, Function<R, ?> value) {
        return ReportChart.Series.bars(text(key), rows.stream().map(value).toList());
    }

    private static <R> List<String> labels(List<R> rows, Function<R, String> label) {
        return rows.stream().map(label).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String write(ReportChart chart) {
        return json.writeValueAsString(chart);
    }
}
