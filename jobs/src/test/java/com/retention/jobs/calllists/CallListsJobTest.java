package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The call-lists job on small hand-built operators: the rules of the README as they show in the files. */
class CallListsJobTest extends CallListsTestBase {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    static final LocalDate UNITY_DAY = LocalDate.of(2026, 11, 4); // a Wednesday, a public holiday in the config

    @Test
    void vladivostokAndKaliningradGetTheirLocalWindowsAsUtcOnWeekdaysWeekendsAndHolidays() {
        SmallOperator.Subscriber east = operator.subscriber("VVO1", "+79140000001", "VVO-1"); // zone from its city
        SmallOperator.Subscriber west = operator.subscriber("KGD1", "+74010000001", "KGD");
        for (LocalDate d : List.of(WEDNESDAY, SATURDAY, UNITY_DAY)) {
            east.owes(d, "REMINDER_CALL", "1500");
            west.owes(d, "REMINDER_CALL", "1500");
            runCallLists(d);
        }
        // Weekday 08:00-22:00 local: Vladivostok is UTC+10, Kaliningrad UTC+2.
        assertThat(windows(WEDNESDAY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "VVO1", "2026-11-24T22:00:00Z,2026-11-25T12:00:00Z",
                "KGD1", "2026-11-25T06:00:00Z,2026-11-25T20:00:00Z"));
        // Weekends and holidays 09:00-20:00 local.
        assertThat(windows(SATURDAY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "VVO1", "2026-11-27T23:00:00Z,2026-11-28T10:00:00Z",
                "KGD1", "2026-11-28T07:00:00Z,2026-11-28T18:00:00Z"));
        assertThat(windows(UNITY_DAY)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "VVO1", "2026-11-03T23:00:00Z,2026-11-04T10:00:00Z",
                "KGD1", "2026-11-04T07:00:00Z,2026-11-04T18:00:00Z"));
        assertThat(jdbc.queryForObject("SELECT local_window FROM call_task WHERE subscriber_id = 'VVO1' "
                + "AND business_date = ?", String.class, SATURDAY)).isEqualTo("09:00\u201320:00 Asia/Vladivostok");
    }

    @Test
    void twoSubscribersSharingOnePhoneGetOneCall() {
        operator.subscriber("S1", "+79160000001", "MOW").owes(WEDNESDAY, "REMINDER_CALL", "900");
        operator.subscriber("S2", "+79160000001", "MOW").owes(WEDNESDAY, "SUSPENSION_WARNING", "5000");
        operator.subscriber("S3", "+79160000002", "MOW").owes(WEDNESDAY, "REMINDER_CALL", "900");

        runCallLists(WEDNESDAY);

        List<String> dialer = lines("call-lists/2026-11-25/dialer.csv");
        assertThat(dialer).hasSize(2);
        assertThat(dialer).filteredOn(l -> l.contains("+79160000001")).singleElement()
                .satisfies(l -> assertThat(l).contains(",S2,")); // the bigger debt wins the number
        assertThat(decision("S1", WEDNESDAY)).isEqualTo("CARRIED/LOST_PRIORITY");
    }

    @Test
    void aDoNotCallNumberGetsNoCallFromAnyCampaign() {
        operator.subscriber("D1", "+79160000011", "MOW")
                .owes(WEDNESDAY, "REMINDER_CALL", "900")
                .offered(WEDNESDAY, 90);
        // A list without a tariff: one with a tariff would be a second offer beside today's open one.
        jdbc.update("INSERT INTO target (campaign_code, subscriber_id, note) VALUES ('WINTER', 'D1', 'news')");
        operator.subscriber("D2", "+79160000012", "MOW").owes(WEDNESDAY, "REMINDER_CALL", "900");
        operator.doNotCall("+79160000011");

        runCallLists(WEDNESDAY);

        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ?", String.class,
                WEDNESDAY)).containsExactly("D2");
        assertThat(jdbc.queryForList("SELECT campaign || '/' || decision || '/' || reason FROM contact_candidate "
                + "WHERE subscriber_id = 'D1' AND business_date = ? ORDER BY campaign", String.class, WEDNESDAY))
                .containsExactly("DUNNING/SUPPRESSED/DNC", "MARKETING/SUPPRESSED/DNC", "RETENTION/SUPPRESSED/DNC");
        assertThat(lines("call-lists/2026-11-25/dialer.csv")).noneMatch(l -> l.contains("+79160000011"));
    }

    @Test
    void aSubscriberUnderAnOpenOutageGetsTheIncidentSmsAndNoSalesOrDunningCall() {
        Instant reference = Instant.parse("2026-11-24T21:00:00Z"); // D 00:00 Moscow
        operator.outage("OUT-1", "VVO", "UNPLANNED", reference.minusSeconds(3 * 3600), null);
        operator.subscriber("O1", "+79140000021", "VVO-1")
                .owes(WEDNESDAY, "REMINDER_CALL", "3000")
                .offered(WEDNESDAY, 80)
                .notified(WEDNESDAY, "OUT-1", "INCIDENT");
        operator.subscriber("O2", "+79160000022", "MOW").owes(WEDNESDAY, "REMINDER_CALL", "3000");

        runCallLists(WEDNESDAY);

        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ?", String.class,
                WEDNESDAY)).containsExactly("O2");
        assertThat(jdbc.queryForList("SELECT campaign || '/' || coalesce(reason, decision) FROM contact_candidate "
                + "WHERE subscriber_id = 'O1' AND business_date = ? ORDER BY campaign", String.class, WEDNESDAY))
                .containsExactly("DUNNING/OUTAGE_SUPPRESSED", "OUTAGE/SENT", "RETENTION/OUTAGE_SUPPRESSED");
        List<String> outbox = lines("notifications/2026-11-25/outbox.csv");
        assertThat(outbox).singleElement().satisfies(l -> assertThat(l)
                .startsWith("N20261125-000001,O1,SMS,+79140000021,OUTAGE,INCIDENT,OUT-1,messages/ru/INCIDENT.ftl,"));
    }

    @Test
    void aVipLandsOnTheirManagersList() {
        operator.subscriber("V1", "+79160000031", "MOW").vip("Petrova").owes(WEDNESDAY, "REMINDER_CALL", "800");
        operator.subscriber("V2", "+79160000032", "MOW").owes(WEDNESDAY, "REMINDER_CALL", "800");

        runCallLists(WEDNESDAY);

        assertThat(out("call-lists/2026-11-25/VIP-Petrova.xlsx")).exists();
        assertThat(out("call-lists/2026-11-25/BILLING_B2C.xlsx")).exists();
        assertThat(lines("call-lists/2026-11-25/dialer.csv")).filteredOn(l -> l.contains(",V1,")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(",DUNNING,REMINDER_CALL,VIP-Petrova"));
    }

    @Test
    void aTeamOverCapacityCarriesTheRestToTheNextDayWhereTheyComeFirst() {
        LocalDate thursday = WEDNESDAY.plusDays(1);
        // RETENTION_B2B takes 2 calls a day in these tests.
        for (int i = 1; i <= 3; i++) {
            operator.subscriber("B" + i, "+7916000004" + i, "MOW").b2b().owes(WEDNESDAY, "REMINDER_CALL", "100" + i + "0");
        }
        runCallLists(WEDNESDAY);
        assertThat(ranks(WEDNESDAY)).containsExactly("B3", "B2");
        assertThat(decision("B1", WEDNESDAY)).isEqualTo("CARRIED/OVER_CAPACITY");

        // Thursday: the same debts again and a bigger new one; yesterday's carried call goes first.
        for (int i = 1; i <= 3; i++) {
            jdbc.update("INSERT INTO dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due, "
                    + "oldest_due_on, step) SELECT ?, account_id, subscriber_id, overdue_amount, days_past_due + 1, "
                    + "oldest_due_on, step FROM dunning_case WHERE business_date = ? AND subscriber_id = ?",
                    thursday, WEDNESDAY, "B" + i);
        }
        operator.subscriber("B4", "+79160000049", "MOW").b2b().owes(thursday, "REMINDER_CALL", "90000");
        runCallLists(thursday);

        assertThat(ranks(thursday)).containsExactly("B1", "B4");
        assertThat(jdbc.queryForObject("SELECT carried_from FROM contact_candidate WHERE subscriber_id = 'B1' "
                + "AND business_date = ?", LocalDate.class, thursday)).isEqualTo(WEDNESDAY);
        assertThat(lines("call-lists/2026-11-26/dialer.csv").get(0)).startsWith("20261126-000001,B1,");
    }

    @Test
    void aNoticeToALandlineGoesByEmailOrNotAtAll() {
        Instant reference = Instant.parse("2026-11-24T21:00:00Z"); // D 00:00 Moscow
        operator.outage("OUT-1", "VVO", "UNPLANNED", reference.minusSeconds(3 * 3600), null);
        operator.subscriber("L1", "+74232401234", "VVO-1").email("l1@example.ru").notified(WEDNESDAY, "OUT-1", "INCIDENT");
        operator.subscriber("L2", "+74232401235", "VVO-1").notified(WEDNESDAY, "OUT-1", "INCIDENT");
        operator.subscriber("M1", "+79140000023", "VVO-1").email("m1@example.ru").notified(WEDNESDAY, "OUT-1", "INCIDENT");

        runCallLists(WEDNESDAY);

        assertThat(jdbc.queryForList("SELECT subscriber_id || ' ' || channel || ' ' || decision || coalesce('/' || reason, '') "
                + "FROM contact_candidate WHERE business_date = ? AND campaign = 'OUTAGE' ORDER BY subscriber_id",
                String.class, WEDNESDAY))
                .containsExactly("L1 EMAIL SENT", "L2 EMAIL SUPPRESSED/NO_EMAIL", "M1 SMS SENT");
        assertThat(lines("notifications/2026-11-25/outbox.csv")).satisfiesExactlyInAnyOrder(
                l -> assertThat(l).contains(",L1,EMAIL,l1@example.ru,OUTAGE,INCIDENT,OUT-1,").endsWith(",0"),
                l -> assertThat(l).contains(",M1,SMS,+79140000023,OUTAGE,INCIDENT,OUT-1,"));
    }

    @Test
    void equalCallsAreListedInSubscriberIdOrderAsJavaComparesIds() {
        // Equal debts: the subscriber id decides, in Java's (code unit) order, upper case before lower
        // case, whatever the database's collation says.
        operator.subscriber("b-1", "+79160000051", "MOW").b2b().owes(WEDNESDAY, "REMINDER_CALL", "5000");
        operator.subscriber("C-3", "+79160000053", "MOW").b2b().owes(WEDNESDAY, "REMINDER_CALL", "5000");
        operator.subscriber("B-2", "+79160000052", "MOW").b2b().owes(WEDNESDAY, "REMINDER_CALL", "5000");

        runCallLists(WEDNESDAY);

        assertThat(ranks(WEDNESDAY)).containsExactly("B-2", "C-3");
        assertThat(decision("b-1", WEDNESDAY)).isEqualTo("CARRIED/OVER_CAPACITY");
    }

    @Test
    void controlGroupMembersAreRecordedAndTheirOffersMarked() {
        // With a 10 % share, some of 60 retention candidates are held out; none of them is called.
        for (int i = 0; i < 60; i++) {
            operator.subscriber("R" + i, "+7916100%04d".formatted(i), "MOW").offered(WEDNESDAY, 70);
        }
        runCallLists(WEDNESDAY);
        List<String> control = jdbc.queryForList("SELECT subscriber_id FROM contact_candidate "
                + "WHERE business_date = ? AND decision = 'CONTROL'", String.class, WEDNESDAY);
        assertThat(control).isNotEmpty().hasSizeLessThan(20);
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM offer WHERE control", String.class))
                .containsExactlyInAnyOrderElementsOf(control);
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task", String.class)).doesNotContainAnyElementsOf(control);
    }

    private Map<String, String> windows(LocalDate d) {
        return lines("call-lists/" + d + "/dialer.csv").stream().map(l -> l.split(","))
                .collect(Collectors.toMap(f -> f[1], f -> f[4] + "," + f[5]));
    }

    private List<String> ranks(LocalDate d) {
        return jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ? AND team = 'RETENTION_B2B' "
                + "ORDER BY rank", String.class, d);
    }

    private String decision(String subscriber, LocalDate d) {
        return jdbc.queryForObject("SELECT decision || coalesce('/' || reason, '') FROM contact_candidate "
                + "WHERE subscriber_id = ? AND business_date = ?", String.class, subscriber, d);
    }
}
