package com.retention.jobs.reporting;

import com.retention.jobs.launch.OperatorProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The report's figures as data ({@code GET /api/reports/{date}}), from the same queries and period as
 * the workbook: everything for the whole operator, or only the calls of some teams for a supervisor.
 */
@Service
public class ReportFigures {

    public record Period(LocalDate from, LocalDate to) {
    }

    /** The operator's figures: every sheet's table but the uplift's intervals (the workbook has them). */
    public record Operator(Period period, List<FunnelRow> funnel, List<TeamCallRow> teams, List<AgentRow> agents,
            List<DunningRecoveryRow> dunning, List<OutageNoticeRow> outages, List<MigrationRow> migrations) {
    }

    /** A supervisor's figures: their teams' calls and agents only. */
    public record Teams(Period period, List<TeamCallRow> teams, List<AgentRow> agents) {
    }

    private final ReportMapper mapper;
    private final ReportProperties properties;
    private final OperatorProperties operator;

    ReportFigures(ReportMapper mapper, ReportProperties properties, OperatorProperties operator) {
        this.mapper = mapper;
        this.properties = properties;
        this.operator = operator;
    }

    public Operator operator(LocalDate date) {
        ReportPeriod p = period(date);
        return new Operator(new Period(p.from(), p.to()), mapper.funnel(p.from(), p.to()),
                mapper.teamCalls(p.from(), p.to(), null), mapper.agents(p.from(), p.to(), null),
                mapper.dunningRecovery(p.from(), p.to(), properties.recoveryDays()),
                mapper.outageNotices(p.from(), p.to(), p.fromInstant(), p.toInstant()),
                mapper.migrations(p.from(), p.to()));
    }

    public Teams teams(LocalDate date, Set<String> teams) {
        ReportPeriod p = period(date);
        String[] names = teams.toArray(String[]::new);
        return new Teams(new Period(p.from(), p.to()), mapper.teamCalls(p.from(), p.to(), names),
                mapper.agents(p.from(), p.to(), names));
    }

    private ReportPeriod period(LocalDate date) {
        return ReportPeriod.lastDays(date, properties.windowDays(), operator.timezone());
    }
}
