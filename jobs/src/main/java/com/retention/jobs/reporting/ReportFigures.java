package com.retention.jobs.reporting;

import com.retention.jobs.launch.OperatorProperties;
import com.retention.jobs.users.AppUser;
import java.math.BigDecimal;
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

    /** What one user may see of a date's report: the operator's figures or some teams' only. */
    public sealed interface Figures permits Operator, Teams {

        Period period();

        List<TeamCallRow> teams();

        List<AgentRow> agents();
    }

    /**
     * The operator's figures: every sheet's table, the uplift with its intervals over its own, longer
     * period, and the offers' total as the workbook's total row sums it.
     */
    public record Operator(Period period, List<FunnelRow> funnel, List<TeamCallRow> teams, List<AgentRow> agents,
            Period upliftPeriod, List<UpliftRow> uplift, List<DunningRecoveryRow> dunning,
            List<OutageNoticeRow> outages, List<MigrationRow> migrations, MigrationTotal migrationTotal) implements Figures {
    }

    /** All accepted migrations together: orders and monthly revenue before and after. */
    public record MigrationTotal(long orders, BigDecimal revenueBefore, BigDecimal revenueAfter) {

        static MigrationTotal of(List<MigrationRow> rows) {
            return new MigrationTotal(rows.stream().mapToLong(MigrationRow::orders).sum(),
                    rows.stream().map(MigrationRow::revenueBefore).reduce(BigDecimal.ZERO, BigDecimal::add),
                    rows.stream().map(MigrationRow::revenueAfter).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        public BigDecimal change() {
            return revenueAfter.subtract(revenueBefore);
        }
    }

    /** A supervisor's figures: their teams' calls and agents only. */
    public record Teams(Period period, List<TeamCallRow> teams, List<AgentRow> agents) implements Figures {
    }

    private final ReportMapper mapper;
    private final UpliftRows uplift;
    private final ReportProperties properties;
    private final OperatorProperties operator;

    ReportFigures(ReportMapper mapper, UpliftRows uplift, ReportProperties properties, OperatorProperties operator) {
        this.mapper = mapper;
        this.uplift = uplift;
        this.properties = properties;
        this.operator = operator;
    }

    /**
     * Marketing and ADMIN see the operator's figures; anyone else only their teams' (a supervisor
     * without teams: none, rather than everything).
     */
    public Figures seenBy(AppUser user, LocalDate date) {
        return switch (user.role()) {
            case ADMIN, MARKETING -> operator(date);
            default -> teams(date, user.visibleTeams());
        };
    }

    public Operator operator(LocalDate date) {
        ReportPeriod p = period(date);
        ReportPeriod u = uplift.period(date, operator.timezone());
        List<MigrationRow> migrations = mapper.migrations(p.from(), p.to());
        return new Operator(new Period(p.from(), p.to()), mapper.funnel(p.from(), p.to()),
                mapper.teamCalls(p.from(), p.to(), null), mapper.agents(p.from(), p.to(), null),
                new Period(u.from(), u.to()), uplift.rows(u),
                mapper.dunningRecovery(p.from(), p.to(), properties.recoveryDays()),
                mapper.outageNotices(p.from(), p.to(), p.fromInstant(), p.toInstant()),
                migrations, MigrationTotal.of(migrations));
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
