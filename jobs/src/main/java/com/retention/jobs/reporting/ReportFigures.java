package com.retention.jobs.reporting;

import com.retention.domain.contact.SaveCall;
import com.retention.domain.reporting.ScoreUplift;
import com.retention.domain.tickets.SaveDeskRules;
import com.retention.domain.tickets.SaveRequest;
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
     * The operator's figures: every sheet's table; the uplift with its intervals, the uplift by score and
     * the save desk over the uplift's own, longer period; the offers' total as the workbook's total row
     * sums it.
     */
    public record Operator(Period period, List<FunnelRow> funnel, List<TeamCallRow> teams, List<AgentRow> agents,
            Period upliftPeriod, List<UpliftRow> uplift, List<DunningRecoveryRow> dunning,
            List<OutageNoticeRow> outages, List<MigrationRow> migrations, MigrationTotal migrationTotal,
            List<SaveDeskRow> saveDesk, ScoreUpliftFigures scoreUplift, List<DeliveryRow> delivery) implements Figures {
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
    private final SaveDeskRules saveDeskRules;

    ReportFigures(ReportMapper mapper, UpliftRows uplift, ReportProperties properties, OperatorProperties operator,
            SaveDeskRules saveDeskRules) {
        this.mapper = mapper;
        this.uplift = uplift;
        this.properties = properties;
        this.operator = operator;
        this.saveDeskRules = saveDeskRules;
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
                migrations, MigrationTotal.of(migrations), saveDesk(u), scoreUplift(u), delivery(p));
    }

    /** Requests to leave per month over the uplift's period, judged once their saved-after days are over. */
    List<SaveDeskRow> saveDesk(ReportPeriod upliftPeriod) {
        return mapper.saveDesk(upliftPeriod.from(), upliftPeriod.to(), upliftPeriod.fromInstant(),
                upliftPeriod.toInstant(), upliftPeriod.zone().getId(), SaveRequest.categories(), SaveCall.STEP,
                saveDeskRules.savedAfterDays());
    }

    /** The uplift's subjects whose first churn window is over, by score tenth, with the Qini area. */
    ScoreUpliftFigures scoreUplift(ReportPeriod upliftPeriod) {
        int days = properties.churnWindows().get(0);
        ScoreUplift scored = new ScoreUplift(mapper.scoredUpliftSubjects(upliftPeriod.from(), upliftPeriod.to(), days,
                SaveCall.STEP));
        List<ScoreUplift.Decile> deciles = scored.deciles();
        return new ScoreUpliftFigures(days, deciles, deciles.isEmpty() ? null : scored.area());
    }

    /** The period's notifications and what their channels made of them. */
    List<DeliveryRow> delivery(ReportPeriod period) {
        return mapper.delivery(period.from(), period.to());
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
