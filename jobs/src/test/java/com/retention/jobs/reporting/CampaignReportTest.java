package com.retention.jobs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.retention.domain.reporting.Proportion;
import com.retention.domain.reporting.Uplift;
import com.retention.jobs.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaign report of a small hand-built operator, read back cell by cell. */
class CampaignReportTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 11, 22);
    static final LocalDate OLD_LIST = LocalDate.of(2026, 8, 1);   // every churn window elapsed by D
    static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
    static final LocalDate NOV_21 = LocalDate.of(2026, 11, 21);

    @Autowired
    CampaignReportWriter writer;

    @TempDir
    Path out;

    XSSFWorkbook workbook;

    @BeforeEach
    void operator() throws IOException {
        ReportFixture f = new ReportFixture(jdbc);
        for (String id : new String[] {"S01", "S02", "S03", "S08", "S09", "S10", "S11", "S12", "S13", "S14", "S15",
                "S16", "S17", "S20", "S21", "S22"}) {
            f.subscriber(id);
        }
        f.subscriber("S04", "SPB", LocalDate.of(2026, 9, 15));    // day 45 after OLD_LIST
        f.subscriber("S05", "SPB", LocalDate.of(2026, 8, 10));    // listed, never reached: no subject
        f.subscriber("S06", "SPB", LocalDate.of(2026, 8, 20));    // day 19
        f.subscriber("S07", "SPB", LocalDate.of(2026, 10, 20));   // day 80

        // Retention on 1 August, outside the funnel's 30 days but inside the uplift's 180.
        f.outcome(f.listed(OLD_LIST, "S01", "RETENTION", "SAVING"), "ACCEPTED", "ivanova", 200);
        for (String s : new String[] {"S02", "S03", "S04"}) {
            f.outcome(f.listed(OLD_LIST, s, "RETENTION", "SAVING"), "DECLINED", "ivanova", 100);
        }
        f.outcome(f.listed(OLD_LIST, "S05", "RETENTION", "SAVING"), "NO_ANSWER", "ivanova", 0);
        for (String s : new String[] {"S06", "S07", "S08"}) {
            f.candidate(OLD_LIST, s, "CALL", "RETENTION", "SAVING", "CONTROL", null);
        }

        // Retention and marketing in the last days: in the funnel, not yet observable for churn.
        String s11 = f.listed(NOV_20, "S11", "RETENTION", "SAVING");
        f.outcome(s11, "ACCEPTED", "ivanova", 300);
        f.order(s11, NOV_20, "S11", "OLD", "NEW", f.offer(NOV_20, "S11", "OLD", "NEW", "620.00", "450.00"));
        f.outcome(f.listed(NOV_20, "S12", "RETENTION", "SAVING"), "NO_ANSWER", "ivanova", 0);
        f.listed(NOV_20, "S13", "RETENTION", "SAVING");
        f.candidate(NOV_20, "S14", "CALL", "RETENTION", "SAVING", "CONTROL", null);
        f.candidate(NOV_20, "S15", "CALL", "RETENTION", "SAVING", "SUPPRESSED", null);
        String s16 = f.listed(NOV_21, "S16", "RETENTION", "SAVING");
        f.outcome(s16, "DECLINED", "petrov", 100);
        String s17 = f.listed(NOV_21, "S17", "RETENTION", "UPGRADE");
        f.outcome(s17, "ACCEPTED", "petrov", 200);
        // the dialer's figures: two of petrov's three reached calls rated, one timed ringing
        jdbc.update("UPDATE outcome SET csat = 2, ring_seconds = 12 WHERE task_id = ?", s16);
        jdbc.update("UPDATE outcome SET csat = 5 WHERE task_id = ?", s17);
        f.order(s17, NOV_21, "S17", "OLD", "NEW", f.offer(NOV_21, "S17", "OLD", "NEW", "500.00", "500.00"));
        String s09 = f.listed(NOV_20, "S09", "MARKETING", "WINTER");
        f.outcome(s09, "ACCEPTED", "petrov", 400);
        f.order(s09, NOV_20, "S09", "OLD", "BIG", null);
        f.candidate(NOV_20, "S10", "CALL", "MARKETING", "WINTER", "CONTROL", null);

        // Dunning: S20 reminded by SMS twice (counted once, at the first), S21 and S22 called.
        f.dunningCase(LocalDate.of(2026, 11, 1), "S20", 1000, "REMINDER_SMS");
        f.dunningCase(LocalDate.of(2026, 11, 2), "S20", 1000, "REMINDER_SMS");
        f.sent(LocalDate.of(2026, 11, 1), "S20", "DUNNING", "REMINDER_SMS", null);
        f.sent(LocalDate.of(2026, 11, 2), "S20", "DUNNING", "REMINDER_SMS", null);
        f.payment("S20", LocalDate.of(2026, 11, 5), 600);
        f.payment("S20", LocalDate.of(2026, 11, 20), 300);                 // after the 14 days
        f.dunningCase(LocalDate.of(2026, 11, 10), "S21", 2000, "REMINDER_CALL");
        f.outcome(f.listed(LocalDate.of(2026, 11, 10), "S21", "DUNNING", "REMINDER_CALL"), "PROMISE_TO_PAY", "@sidorov", 120);
        f.payment("S21", LocalDate.of(2026, 11, 12), 2500);                // more than owed: counts 2000
        f.dunningCase(NOV_20, "S22", 300, "REMINDER_CALL");
        f.outcome(f.listed(NOV_20, "S22", "DUNNING", "REMINDER_CALL"), "NO_ANSWER", null, null);
        f.payment("S22", NOV_21, 100);                                     // its 14 days are not over

        // Outages: OUT-1 on the city covers its nodes; OUT-2 starts after D but was pre-noticed on D.
        f.subscriber("S30", "NODE-1", null);
        f.subscriber("S31", "NODE-1", null);
        f.subscriber("S32", "NODE-1", null);
        f.subscriber("S33", "NODE-2", LocalDate.of(2026, 6, 1));
        f.subscriber("S34", "MSK-C", null);
        f.subscriber("S35", "SPB", null);
        f.subscriber("S36", "NODE-2", null);
        f.outage("OUT-0", "MSK", "UNPLANNED", "2026-09-01T10:00+03:00", "2026-09-01T12:00+03:00");
        f.outage("OUT-1", "MSK-C", "UNPLANNED", "2026-11-21T10:00+03:00", "2026-11-21T16:00+03:00");
        // listed on a node of the city as well: its subscribers are still covered once
        f.outage("OUT-1", "NODE-1", "UNPLANNED", "2026-11-21T10:00+03:00", "2026-11-21T16:00+03:00");
        f.outage("OUT-2", "NODE-2", "PLANNED", "2026-11-23T02:00+03:00", null);
        for (String[] n : new String[][] {{"S30", "10:45"}, {"S31", "10:45"}, {"S32", "11:30"}}) {
            f.outageNotice("OUT-1", n[0], "INCIDENT", NOV_21, "2026-11-21T" + n[1] + "+03:00");
            f.sent(NOV_21, n[0], "OUTAGE", "INCIDENT", "OUT-1");
        }
        for (String s : new String[] {"S30", "S31"}) {
            f.outageNotice("OUT-1", s, "RESTORED", NOV_21, "2026-11-21T16:30+03:00");
            f.sent(NOV_21, s, "OUTAGE", "RESTORED", "OUT-1");
        }
        // delivery of OUT-1's incident SMS: S30's delivered, S31's awaiting its receipt, S32's undeliverable
        for (String[] d : new String[][] {{"S30", "DELIVERED"}, {"S31", "SUBMITTED"}, {"S32", "UNDELIVERABLE"}}) {
            jdbc.update("""
                    INSERT INTO notification_delivery (notification_id, business_date, channel, status)
                    SELECT notification_id, business_date, 'SMS', ? FROM notification
                    WHERE subscriber_id = ? AND step = 'INCIDENT'""", d[1], d[0]);
        }
        f.outageNotice("OUT-2", "S36", "PRE_NOTICE", D, "2026-11-22T00:00+03:00");
        f.sent(D, "S36", "OUTAGE", "PRE_NOTICE", "OUT-2");
        f.listed(D, "S36", "OUTAGE", "PRE_NOTICE", "OUT-2");

        // Save desk: S40 asked on 10 September, was reached, accepted and stayed; S41 (port-out) was not
        // reached and left 15 days later; S43 was never called and left on day 30 (saved: active on R + 30);
        // S42 asked a week before D: called, reached, not yet judged. Their SAVE calls stay out of the uplift.
        f.subscriber("S40");
        f.subscriber("S41", "SPB", LocalDate.of(2026, 10, 5));
        f.subscriber("S42");
        f.subscriber("S43", "SPB", LocalDate.of(2026, 10, 25));
        request("R40", "S40", "TERMINATION_REQUEST", "2026-09-10T12:00+03:00");
        request("R41", "S41", "PORT_OUT", "2026-09-20T12:00+03:00");
        request("R43", "S43", "TERMINATION_REQUEST", "2026-09-25T23:30+03:00");
        request("R42", "S42", "TERMINATION_REQUEST", "2026-11-15T09:00+03:00");
        f.outcome(f.listed(LocalDate.of(2026, 9, 10), "S40", "RETENTION", "SAVE"), "ACCEPTED", "savedesk", 300);
        f.outcome(f.listed(LocalDate.of(2026, 9, 21), "S41", "RETENTION", "SAVE"), "NO_ANSWER", "savedesk", 0);
        f.outcome(f.listed(LocalDate.of(2026, 11, 15), "S42", "RETENTION", "SAVE"), "DECLINED", "savedesk", 200);
        // churn scores on the old list date, for the sheet "Uplift by score": the control group scored highest
        for (String[] score : new String[][] {{"S06", "70"}, {"S08", "60"}, {"S07", "50"}, {"S01", "40"}, {"S02", "30"},
                {"S03", "20"}, {"S04", "10"}}) {
            jdbc.update("INSERT INTO churn_score (business_date, subscriber_id, score, band, reasons) VALUES (?, ?, ?, 'LOW', '')",
                    OLD_LIST, score[0], Integer.parseInt(score[1]));
        }

        writer.write(D, out);
        try (InputStream in = Files.newInputStream(CampaignReportWriter.location(out, D))) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void theFunnelCountsEachStepOfTheLast30ListDates() {
        XSSFSheet sheet = workbook.getSheet(FunnelSheet.NAME);
        // campaign, step | candidates, control, listed, attempted, reached, converted, messages sent
        assertThat(numbers(row(sheet, 1, "SAVING"), 2, 8)).containsExactly(6, 1, 4, 3, 2, 1, 0);
        assertThat(numbers(row(sheet, 1, "UPGRADE"), 2, 8)).containsExactly(1, 0, 1, 1, 1, 1, 0);
        assertThat(numbers(row(sheet, 1, "WINTER"), 2, 8)).containsExactly(2, 1, 1, 1, 1, 1, 0);
        assertThat(numbers(row(sheet, 1, "REMINDER_SMS"), 2, 8)).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(numbers(row(sheet, 1, "REMINDER_CALL"), 2, 8)).containsExactly(2, 0, 2, 2, 1, 1, 0);
        assertThat(numbers(row(sheet, 1, "INCIDENT"), 2, 8)).containsExactly(3, 0, 0, 0, 0, 0, 3);
        assertThat(numbers(row(sheet, 1, "PRE_NOTICE"), 2, 8)).containsExactly(2, 0, 1, 0, 0, 0, 1);
        assertThat(numbers(row(sheet, 1, "SAVE"), 2, 8)).containsExactly(1, 0, 1, 1, 1, 0, 0);
        assertThat(dataRows(sheet)).isEqualTo(9);
        assertThat(text(sheet.getRow(1), 0)).contains("2026-10-24 to 2026-11-22");
        assertThat(text(sheet.getRow(TableSheet.FIRST_DATA_ROW), 0)).isEqualTo("OUTAGE");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) TableSheet.FIRST_DATA_ROW);
    }

    @Test
    void upliftComparesChurnOfContactedAndControlWithIntervals() {
        XSSFSheet sheet = workbook.getSheet(UpliftSheet.NAME);
        // 30 days: contacted S01-S04 none churned; control S06-S08, S06 churned on day 19.
        Row days30 = row(sheet, 0, "RETENTION 30 d");
        assertThat(text(days30, 3)).isEqualTo("observed");
        assertThat(numbers(days30, 4, 5)).containsExactly(4, 0);
        assertThat(numbers(days30, 9, 10)).containsExactly(3, 1);
        assertGroup(days30, 6, new Proportion(0, 4));
        assertGroup(days30, 11, new Proportion(1, 3));
        assertUplift(days30, Uplift.of(new Proportion(1, 3), new Proportion(0, 4)));
        assertThat(days30.getCell(14).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
        // Waiting: S11, S16, S17 contacted and S14 held out in November.
        assertThat(numbers(days30, 17, 17)).containsExactly(4);

        Row days60 = row(sheet, 0, "RETENTION 60 d");   // S04 churned on day 45
        assertThat(numbers(days60, 4, 5)).containsExactly(4, 1);
        assertThat(numbers(days60, 9, 10)).containsExactly(3, 1);
        assertUplift(days60, Uplift.of(new Proportion(1, 3), new Proportion(1, 4)));

        Row days90 = row(sheet, 0, "RETENTION 90 d");   // S07 churned on day 80
        assertThat(numbers(days90, 4, 5)).containsExactly(4, 1);
        assertThat(numbers(days90, 9, 10)).containsExactly(3, 2);
        assertThat(days90.getCell(11).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertUplift(days90, Uplift.of(new Proportion(2, 3), new Proportion(1, 4)));
    }

    @Test
    void windowsNotYetElapsedAreSaidSoAndNotReportedAsZero() {
        XSSFSheet sheet = workbook.getSheet(UpliftSheet.NAME);
        for (int days : new int[] {30, 60, 90}) {
            Row marketing = row(sheet, 0, "MARKETING " + days + " d");
            assertThat(text(marketing, 3)).isEqualTo(UpliftSheet.NOT_YET_OBSERVABLE);
            for (int column = 4; column <= 16; column++) {
                assertThat(isBlank(marketing, column)).as("column %d of %d days", column, days).isTrue();
            }
            assertThat(numbers(marketing, 17, 17)).as("S09 contacted, S10 held out").containsExactly(2);
        }
        // Followed "to date" (list date to D-1), the same two are observed already, none churned.
        Row toDate = row(sheet, 0, "MARKETING to date");
        assertThat(text(toDate, 3)).isEqualTo("observed");
        assertThat(numbers(toDate, 4, 5)).containsExactly(1, 0);
        assertThat(numbers(toDate, 9, 10)).containsExactly(1, 0);
    }

    @Test
    void dunningRecoveryCountsPaymentsWithin14DaysUpToTheOverdueAmount() {
        XSSFSheet sheet = workbook.getSheet(DunningSheet.NAME);
        Row sms = row(sheet, 0, "REMINDER_SMS");
        assertThat(numbers(sms, 1, 1)).containsExactly(1);
        assertThat(sms.getCell(2).getNumericCellValue()).isEqualTo(1000.0);
        assertThat(sms.getCell(3).getNumericCellValue()).isEqualTo(600.0);
        assertThat(sms.getCell(4).getNumericCellValue()).isCloseTo(0.6, within(1e-9));
        assertThat(numbers(sms, 5, 5)).containsExactly(0);
        Row call = row(sheet, 0, "REMINDER_CALL");
        assertThat(numbers(call, 1, 1)).containsExactly(2);
        assertThat(call.getCell(2).getNumericCellValue()).isEqualTo(2300.0);
        assertThat(call.getCell(3).getNumericCellValue()).isEqualTo(2100.0);
        assertThat(call.getCell(4).getNumericCellValue()).isCloseTo(2100.0 / 2300, within(1e-6));
        assertThat(numbers(call, 5, 5)).as("10 and 20 November: their 14 days end after D").containsExactly(2);
        assertThat(dataRows(sheet)).isEqualTo(2);
    }

    @Test
    void outageNoticesShowCoverageAndMinutesFromTheStart() {
        XSSFSheet sheet = workbook.getSheet(OutageSheet.NAME);
        assertThat(dataRows(sheet)).as("OUT-0 is older than the window").isEqualTo(2);
        Row first = row(sheet, 0, "OUT-1");
        assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo("2026-11-21T10:00");
        assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo("2026-11-21T16:00");
        // covered: S30-S32 in NODE-1 (under both of OUT-1's areas, counted once), S36 in NODE-2, S34 in the city
        // itself; S33 terminated, S35 elsewhere.
        // Notified: S30 (delivered) and S31 (no receipt yet); not S32, whose only notice was undeliverable.
        assertThat(numbers(first, 4, 9)).containsExactly(5, 0, 3, 2, 0, 2);
        assertThat(first.getCell(10).getNumericCellValue()).isCloseTo(0.4, within(1e-9));
        assertThat(numbers(first, 13, 15)).as("submitted, delivered, failed").containsExactly(3, 1, 1);
        assertThat(first.getCell(11).getNumericCellValue()).isCloseTo(45.0, within(1e-9));
        assertThat(first.getCell(12).getNumericCellValue()).isCloseTo(60.0, within(1e-9));
        Row planned = row(sheet, 0, "OUT-2");
        assertThat(text(planned, 1)).isEqualTo("PLANNED");
        assertThat(isBlank(planned, 3)).isTrue();
        assertThat(numbers(planned, 4, 9)).containsExactly(1, 1, 0, 0, 1, 1);
        assertThat(numbers(planned, 13, 15)).as("delivery off for this one: decided notices count").containsExactly(0, 0, 0);
        assertThat(planned.getCell(11).getNumericCellValue()).isCloseTo(-26 * 60.0, within(1e-9));
    }

    @Test
    void agentsShowCallsReachTalkTimeAndConversion() {
        XSSFSheet sheet = workbook.getSheet(AgentSheet.NAME);
        Row petrov = row(sheet, 0, "petrov");
        assertThat(numbers(petrov, 1, 2)).containsExactly(3, 3);
        assertThat(petrov.getCell(4).getNumericCellValue()).isCloseTo(700.0 / 3, within(1e-9));
        assertThat(petrov.getCell(5).getNumericCellValue()).as("ring time of the one timed call").isEqualTo(12.0);
        assertThat(numbers(petrov, 6, 6)).containsExactly(2);
        assertThat(petrov.getCell(7).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(petrov.getCell(8).getNumericCellValue()).as("average csat of the rated calls").isEqualTo(3.5);
        assertThat(petrov.getCell(9).getNumericCellValue()).as("rated / reached").isCloseTo(2.0 / 3, within(1e-9));
        assertThat(numbers(petrov, 10, 10)).as("complaints").containsExactly(0);
        assertThat(petrov.getCell(11).getNumericCellValue()).as("3 calls over two days of RETENTION_B2C's 8 hours")
                .isCloseTo(3.0 / 16, within(1e-9));
        Row ivanova = row(sheet, 0, "ivanova");    // the August calls are outside the window
        assertThat(numbers(ivanova, 1, 2)).containsExactly(2, 1);
        assertThat(ivanova.getCell(3).getNumericCellValue()).isCloseTo(0.5, within(1e-9));
        assertThat(ivanova.getCell(4).getNumericCellValue()).isCloseTo(300.0, within(1e-9));
        Row sidorov = row(sheet, 0, "@sidorov");
        assertThat(sidorov.getCell(0).getCellStyle().getQuotePrefixed()).as("no formula from an agent's name").isTrue();
        assertThat(numbers(sidorov, 1, 2)).containsExactly(1, 1);
        assertThat(numbers(row(sheet, 0, "(no agent)"), 1, 2)).containsExactly(1, 0);
        assertThat(numbers(row(sheet, 0, "savedesk"), 1, 2)).containsExactly(1, 1);
        assertThat(dataRows(sheet)).isEqualTo(5);
    }

    @Test
    void offerEconomicsSumsRevenueBeforeAndAfterPerMigration() {
        XSSFSheet sheet = workbook.getSheet(OfferEconomicsSheet.NAME);
        Row toNew = row(sheet, 0, "OLD → NEW");     // two offers: 620 -> 450 and 500 -> 500
        assertThat(numbers(toNew, 3, 3)).containsExactly(2);
        assertThat(toNew.getCell(4).getNumericCellValue()).isEqualTo(1120.0);
        assertThat(toNew.getCell(5).getNumericCellValue()).isEqualTo(950.0);
        assertThat(toNew.getCell(6).getNumericCellValue()).isEqualTo(-170.0);
        Row toBig = row(sheet, 0, "OLD → BIG");     // no offer: the tariffs' fees
        assertThat(toBig.getCell(4).getNumericCellValue()).isEqualTo(500.0);
        assertThat(toBig.getCell(5).getNumericCellValue()).isEqualTo(900.0);
        Row total = row(sheet, 0, OfferEconomicsSheet.TOTAL);
        assertThat(numbers(total, 3, 3)).containsExactly(3);
        assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(1620.0);
        assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(1850.0);
        assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(230.0);
    }

    @Test
    void theSaveDeskSheetCountsRequestsCallsAndWhoStayedThirtyDaysAfter() {
        XSSFSheet sheet = workbook.getSheet(SaveDeskSheet.NAME);
        // month | requests, called, reached, accepted an offer, can be judged, saved | save rate
        Row september = row(sheet, 0, "2026-09");
        assertThat(numbers(september, 1, 6)).containsExactly(3, 2, 1, 1, 3, 2);
        assertThat(september.getCell(7).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
        Row november = row(sheet, 0, "2026-11");
        assertThat(numbers(november, 1, 6)).containsExactly(1, 1, 1, 0, 0, 0);
        assertThat(isBlank(november, 7)).as("no rate before any request can be judged").isTrue();
        assertThat(dataRows(sheet)).isEqualTo(2);
    }

    @Test
    void upliftByScoreRanksTheSubjectsByTheirScoreOnTheListDateWithTheQiniCurve() {
        XSSFSheet sheet = workbook.getSheet(ScoreUpliftSheet.NAME);
        // 7 observable subjects of 1 August: control S06 (70, left on day 19), S08, S07 (left on day 80); contacted S01..S04
        assertThat(sheet.getLastRowNum()).isEqualTo(TableSheet.FIRST_DATA_ROW + 6);
        var first = sheet.getRow(TableSheet.FIRST_DATA_ROW);
        assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(70.0);
        assertThat(first.getCell(7).getNumericCellValue()).as("control churned").isEqualTo(1.0);
        var last = sheet.getRow(TableSheet.FIRST_DATA_ROW + 6);
        // Qini of all: the control's 1 churner of 3 scaled to the 4 contacted, minus their 0: 4/3 saved
        assertThat(last.getCell(11).getNumericCellValue()).isCloseTo(4 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(last.getCell(12).getNumericCellValue()).isCloseTo(4 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        // calling by this score (controls on top) saved fewer than calling at random: area -2/7
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("in subscribers saved): -0.29.");
    }

    @Test
    void everySheetHasItsChartAndTheWorkbookIsDatedD() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertThat(sheet.getDrawingPatriarch()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getDrawingPatriarch().getCharts()).as(sheet.getSheetName()).hasSize(1);
            CTBarChart bars = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                    .getBarChartArray(0);
            assertThat(bars.getSerList()).as(sheet.getSheetName()).hasSizeGreaterThanOrEqualTo(2);
            bars.getSerList().forEach(series -> assertSeriesIsItsCells(sheet, series));
        }
        Date created = workbook.getProperties().getCoreProperties().getCreated();
        assertThat(created.toInstant()).isEqualTo(D.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant());
        try (var files = Files.list(CampaignReportWriter.location(out, D).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(CampaignReportWriter.FILE_NAME);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The chart refers to the table's cells and carries their values (read from its XML by point index:
     * an empty cell has no point), so any reader draws what the table says.
     */
    private static void assertSeriesIsItsCells(XSSFSheet sheet, CTBarSer series) {
        String name = sheet.getSheetName();
        AreaReference values = new AreaReference(series.getVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
        AreaReference labels = new AreaReference(series.getCat().getStrRef().getF(), SpreadsheetVersion.EXCEL2007);
        assertThat(values.getFirstCell().getSheetName()).as(name).isEqualTo(labels.getFirstCell().getSheetName())
                .isEqualTo(name);
        int first = values.getFirstCell().getRow();
        int last = values.getLastCell().getRow();
        assertThat(first).as(name).isEqualTo(labels.getFirstCell().getRow()).isEqualTo(3);
        assertThat(last).as(name).isEqualTo(labels.getLastCell().getRow()).isGreaterThanOrEqualTo(first);
        Map<Long, String> labelPoints = new HashMap<>();
        series.getCat().getStrRef().getStrCache().getPtList().forEach(pt -> labelPoints.put(pt.getIdx(), pt.getV()));
        Map<Long, Double> valuePoints = new HashMap<>();
        series.getVal().getNumRef().getNumCache().getPtList()
                .forEach(pt -> valuePoints.put(pt.getIdx(), Double.valueOf(pt.getV())));
        assertThat(series.getVal().getNumRef().getNumCache().getPtCount().getVal()).as(name)
                .isEqualTo(last - first + 1);
        for (int i = 0; i <= last - first; i++) {
            Row row = sheet.getRow(first + i);
            assertThat(labelPoints.get((long) i)).as(name + " label " + i)
                    .isEqualTo(row.getCell(labels.getFirstCell().getCol()).getStringCellValue());
            Cell cell = row.getCell(values.getFirstCell().getCol());
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                assertThat(valuePoints).as(name + " value " + i).doesNotContainKey((long) i);
            } else {
                assertThat(valuePoints.get((long) i)).as(name + " value " + i).isEqualTo(cell.getNumericCellValue());
            }
        }
    }

    private void request(String id, String subscriber, String category, String openedAt) {
        jdbc.update("INSERT INTO ticket (ticket_id, subscriber_id, opened_at, category) VALUES (?, ?, ?::timestamptz, ?)",
                id, subscriber, openedAt, category);
    }

    // --- reading the workbook back

    static Row row(XSSFSheet sheet, int column, String value) {
        for (int r = TableSheet.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && value.equals(text(row, column))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + column + " of " + sheet.getSheetName());
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    static int[] numbers(Row row, int first, int last) {
        int[] values = new int[last - first + 1];
        for (int c = first; c <= last; c++) {
            double value = row.getCell(c).getNumericCellValue();
            assertThat(value).as("column %d is a whole number", c).isEqualTo(Math.rint(value));
            values[c - first] = (int) value;
        }
        return values;
    }

    static boolean isBlank(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    static int dataRows(XSSFSheet sheet) {
        return sheet.getLastRowNum() - TableSheet.FIRST_DATA_ROW + 1;
    }

    private static void assertGroup(Row row, int rateColumn, Proportion churn) {
        assertThat(row.getCell(rateColumn).getNumericCellValue()).isCloseTo(churn.rate(), within(1e-9));
        assertThat(row.getCell(rateColumn + 1).getNumericCellValue()).isCloseTo(churn.wilson95().low(), within(1e-9));
        assertThat(row.getCell(rateColumn + 2).getNumericCellValue()).isCloseTo(churn.wilson95().high(), within(1e-9));
    }

    private static void assertUplift(Row row, Uplift uplift) {
        assertThat(row.getCell(14).getNumericCellValue()).isCloseTo(uplift.difference(), within(1e-9));
        assertThat(row.getCell(15).getNumericCellValue()).isCloseTo(uplift.interval().low(), within(1e-9));
        assertThat(row.getCell(16).getNumericCellValue()).isCloseTo(uplift.interval().high(), within(1e-9));
    }
}
