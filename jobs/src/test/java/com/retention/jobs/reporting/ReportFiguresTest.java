package com.retention.jobs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.retention.domain.reporting.Proportion;
import com.retention.domain.reporting.Uplift;
import com.retention.jobs.support.IntegrationTest;
import com.retention.jobs.users.AppUser;
import com.retention.jobs.users.Role;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's figures (the API's and the console's) hold what the workbook shows: the uplift with
 * its intervals from the same computation, the offers' total row; and who sees which figures.
 */
class ReportFiguresTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);
    static final LocalDate OLD_LIST = LocalDate.of(2026, 8, 1);
    static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @Autowired
    ReportFigures figures;

    @Autowired
    CampaignReportWriter writer;

    @TempDir
    Path out;

    @BeforeEach
    void operator() {
        ReportFixture f = new ReportFixture(jdbc);
        for (String id : new String[] {"S01", "S02", "S03", "S08", "S11", "S12"}) {
            f.subscriber(id);
        }
        f.subscriber("S06", "SPB", LocalDate.of(2026, 8, 20));    // control, churned on day 19
        f.outcome(f.listed(OLD_LIST, "S01", "RETENTION", "SAVING"), "ACCEPTED", "ivanova", 200);
        f.outcome(f.listed(OLD_LIST, "S02", "RETENTION", "SAVING"), "DECLINED", "ivanova", 100);
        f.outcome(f.listed(OLD_LIST, "S03", "RETENTION", "SAVING"), "DECLINED", "ivanova", 100);
        f.candidate(OLD_LIST, "S06", "CALL", "RETENTION", "SAVING", "CONTROL", null);
        f.candidate(OLD_LIST, "S08", "CALL", "RETENTION", "SAVING", "CONTROL", null);
        String s11 = f.listed(NOV_20, "S11", "RETENTION", "SAVING");
        f.outcome(s11, "ACCEPTED", "petrov", 300);
        f.order(s11, NOV_20, "S11", "OLD", "NEW", f.offer(NOV_20, "S11", "OLD", "NEW", "620.00", "450.00"));
        String s12 = f.listed(NOV_20, "S12", "RETENTION", "UPGRADE");
        f.outcome(s12, "ACCEPTED", "petrov", 200);
        f.order(s12, NOV_20, "S12", "OLD", "BIG", null);
    }

    @Test
    void theUpliftIsTheWorkbooksWithItsIntervals() throws IOException {
        UpliftRow days30 = figures.operator(D).uplift().stream()
                .filter(r -> r.campaign().equals("RETENTION") && Integer.valueOf(30).equals(r.windowDays()))
                .findFirst().orElseThrow();
        Uplift expected = Uplift.of(new Proportion(1, 2), new Proportion(0, 3));

        assertThat(days30.status()).isEqualTo("observed");
        assertThat(days30.contacted()).extracting(UpliftRow.Group::observed, UpliftRow.Group::churned).containsExactly(3L, 0L);
        assertThat(days30.control().rate()).isCloseTo(0.5, within(1e-12));
        assertThat(days30.control().low()).isCloseTo(new Proportion(1, 2).wilson95().low(), within(1e-12));
        assertThat(days30.uplift()).isCloseTo(expected.difference(), within(1e-12));
        assertThat(days30.upliftLow()).isCloseTo(expected.interval().low(), within(1e-12));
        assertThat(days30.upliftHigh()).isCloseTo(expected.interval().high(), within(1e-12));
        assertThat(figures.operator(D).upliftPeriod()).isEqualTo(new ReportFigures.Period(D.minusDays(179), D));

        writer.write(D, out);
        try (InputStream in = Files.newInputStream(CampaignReportWriter.location(out, D));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = CampaignReportTest.row(workbook.getSheet(UpliftSheet.NAME), 0, "RETENTION 30 d");
            assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(days30.uplift());
            assertThat(row.getCell(15).getNumericCellValue()).isEqualTo(days30.upliftLow());
            assertThat(row.getCell(16).getNumericCellValue()).isEqualTo(days30.upliftHigh());
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(days30.contacted().high());
        }
    }

    @Test
    void theOffersTotalIsTheWorkbooksTotalRow() {
        ReportFigures.MigrationTotal total = figures.operator(D).migrationTotal();

        assertThat(total.orders()).isEqualTo(2);
        // S11: 620 before, 450 after (the offer's costs); S12: no offer, the tariffs' fees 500 and 900
        assertThat(total.revenueBefore()).isEqualByComparingTo(new BigDecimal("1120.00"));
        assertThat(total.revenueAfter()).isEqualByComparingTo(new BigDecimal("1350.00"));
        assertThat(total.change()).isEqualByComparingTo(new BigDecimal("230.00"));
    }

    @Test
    void marketingSeesTheOperatorASupervisorTheirTeamsAndOneWithoutTeamsNothing() {
        AppUser marketing = new AppUser("mark", Role.MARKETING, Set.of(), null, true);
        AppUser supervisor = new AppUser("super", Role.SUPERVISOR, Set.of("RETENTION_B2C"), null, true);
        AppUser elsewhere = new AppUser("other", Role.SUPERVISOR, Set.of("RETENTION_B2B"), null, true);
        AppUser noTeams = new AppUser("none", Role.SUPERVISOR, Set.of(), null, true);

        assertThat(figures.seenBy(marketing, D)).isInstanceOf(ReportFigures.Operator.class);
        assertThat(figures.seenBy(supervisor, D)).isInstanceOf(ReportFigures.Teams.class);
        assertThat(figures.seenBy(supervisor, D).agents()).extracting(AgentRow::agent)
                .containsExactly("petrov"); // ivanova called on 1 August, before the 30 days
        assertThat(figures.seenBy(supervisor, D).teams()).extracting(TeamCallRow::team).containsOnly("RETENTION_B2C");
        assertThat(figures.seenBy(elsewhere, D).agents()).isEmpty();
        assertThat(figures.seenBy(noTeams, D)).isInstanceOf(ReportFigures.Teams.class);
        assertThat(figures.seenBy(noTeams, D).teams()).isEmpty();
        assertThat(figures.seenBy(noTeams, D).agents()).isEmpty();
    }
}
