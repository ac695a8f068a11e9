package com.retention.jobs.console;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.reporting.AgentRow;
import com.retention.jobs.reporting.ReportFigures;
import com.retention.jobs.reporting.TeamCallRow;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.CurrentUser;
import com.retention.jobs.users.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Reports: the campaign report's sheets of a date as tables with charts, from {@link ReportFigures}
 * (the figures {@code GET /api/reports/{date}} sends): the operator's for marketing, a supervisor's
 * teams' only; and for marketing the workbook itself.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportFigures figures;
    private final ReportCharts charts;
    private final ReportWorkbook workbook;
    private final CurrentUser user;
    private final OperatorProperties operator;
    private final Clock clock;

    ReportsController(ReportFigures figures, ReportCharts charts, ReportWorkbook workbook, CurrentUser user,
            OperatorProperties operator, Clock clock) {
        this.figures = figures;
        this.charts = charts;
        this.workbook = workbook;
        this.user = user;
        this.operator = operator;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String date, Model model) {
        AppUser me = user.get();
        model.addAttribute("workbook", mayDownload(me));
        model.addAttribute("zone", operator.timezone());
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(clock.withZone(operator.timezone()))
                    : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            // the picker sends ISO dates; anything else is a hand-typed address: say so, show no figures
            model.addAttribute("date", "");
            model.addAttribute("badDate", date);
            return "reports";
        }
        model.addAttribute("date", day);
        ReportFigures.Figures seen = figures.seenBy(me, day);
        model.addAttribute("figures", seen);
        Map<String, String> chart = new LinkedHashMap<>();
        if (seen instanceof ReportFigures.Operator all) {
            model.addAttribute("all", all);
            chart.put("funnel", charts.funnel(all.funnel()));
            chart.put("uplift", charts.uplift(all.uplift()));
            chart.put("dunning", charts.dunning(all.dunning()));
            chart.put("outages", charts.outages(all.outages()));
            chart.put("offers", charts.offers(all.migrations()));
            chart.put("saveDesk", charts.saveDesk(all.saveDesk()));
            chart.put("scoreUplift", charts.scoreUplift(all.scoreUplift().deciles()));
            chart.put("delivery", charts.delivery(all.delivery()));
        } else {
            model.addAttribute("myTeams", String.join(", ", new TreeSet<>(me.visibleTeams())));
        }
        chart.put("teams", charts.teams(seen.teams()));
        chart.put("agents", charts.agents(seen.agents()));
        model.addAttribute("charts", chart);
        model.addAttribute("teamTotal", teamTotal(seen.teams()));
        model.addAttribute("agentTotal", agentTotal(seen.agents()));
        return "reports";
    }

    /** A ResponseEntity with the workbook, or the forbidden page (an exception would meet the API's JSON advice). */
    @GetMapping("/{date}.xlsx")
    Object workbook(@PathVariable String date) {
        if (!mayDownload(user.get())) {
            // as over the API: a supervisor gets their teams' figures, never the whole operator's workbook
            return new ModelAndView("forbidden", HttpStatus.FORBIDDEN);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION,
                    "/reports?date=" + URLEncoder.encode(date, StandardCharsets.UTF_8)).build();
        }
        ReportWorkbook.File file = workbook.of(day);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.bytes());
    }

    private static boolean mayDownload(AppUser me) {
        return me.role() == Role.MARKETING || me.role() == Role.ADMIN;
    }

    /** The tables' total rows: sums of the rows shown (the workbook has none for these two). */
    static TeamCallRow teamTotal(List<TeamCallRow> rows) {
        return new TeamCallRow("", "", rows.stream().mapToLong(TeamCallRow::listed).sum(),
                rows.stream().mapToLong(TeamCallRow::attempted).sum(), rows.stream().mapToLong(TeamCallRow::reached).sum(),
                rows.stream().mapToLong(TeamCallRow::converted).sum());
    }

    static AgentRow agentTotal(List<AgentRow> rows) {
        return new AgentRow("", rows.stream().mapToLong(AgentRow::calls).sum(),
                rows.stream().mapToLong(AgentRow::reached).sum(), null, rows.stream().mapToLong(AgentRow::converted).sum(),
                null, rows.stream().mapToLong(AgentRow::rated).sum(), null,
                rows.stream().mapToLong(AgentRow::complaints).sum());
    }
}
