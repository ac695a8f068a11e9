package com.retention.jobs.calllists;

import static org.assertj.core.api.Assertions.assertThat;

import com.retention.domain.contact.Campaign;
import com.retention.domain.contact.ControlGroup;
import com.retention.domain.contact.ControlGroupConfig;
import com.retention.domain.offers.OfferEligibility;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.offers.OfferStatus;
import com.retention.domain.offers.PastOffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cool-offs: no sales call after a complaint; a marketing list's tariff offer obeys the offer cool-offs. */
class CallListsCooloffTest extends CallListsTestBase {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    OfferRules offerRules;

    @Test
    void aComplaintHoldsRetentionAndMarketingCallsThirtyDaysButNotDunning() {
        LocalDate longAgo = D.minusDays(30);   // complaint day 30 days back: over on D
        LocalDate recent = D.minusDays(3);
        // Complaints raised on dunning calls: a complaint on any call holds the sales calls.
        operator.subscriber("P1", "+79160000101", "MOW").owes(longAgo, "REMINDER_CALL", "900");
        operator.subscriber("Q1", "+79160000102", "MOW").owes(longAgo, "REMINDER_CALL", "900");
        runCallLists(longAgo);
        complaint("P1", longAgo, longAgo);
        complaint("Q1", longAgo, longAgo.plusDays(1)); // contacted the day after its list: day 29 on D
        operator.subscriber("R1", "+79160000103", "MOW").owes(recent, "REMINDER_CALL", "900");
        operator.subscriber("S1", "+79160000104", "MOW").owes(recent, "REMINDER_CALL", "900");
        runCallLists(recent);
        complaint("R1", recent, recent);
        complaint("S1", recent, recent);

        jdbc.update("INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, offer_type, "
                + "current_cost, offer_cost, monthly_saving, churn_score, churn_band, valid_until) "
                + "SELECT ?, subscriber_id, 'OLD_M', 'SMART_M', 'SAVING', 700, 500, 200, 80, 'HIGH', ? FROM subscriber "
                + "WHERE subscriber_id IN ('P1', 'Q1')", D, D.plusDays(29));
        jdbc.update("INSERT INTO dunning_case (business_date, account_id, subscriber_id, overdue_amount, days_past_due, "
                + "oldest_due_on, step) VALUES (?, 'A-R1', 'R1', 900, 12, ?, 'REMINDER_CALL')", D, D.minusDays(12));
        jdbc.update("INSERT INTO target (campaign_code, subscriber_id, note) VALUES ('NEWS', 'S1', 'no tariff')");
        runCallLists(D);

        assertThat(decisions(D)).containsExactlyInAnyOrder(
                "P1/RETENTION/LISTED/-",
                "Q1/RETENTION/SUPPRESSED/COMPLAINT_COOLOFF",
                "R1/DUNNING/LISTED/-",
                "S1/MARKETING/SUPPRESSED/COMPLAINT_COOLOFF");
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ?", String.class, D))
                .containsExactlyInAnyOrder("P1", "R1");
    }

    @Test
    void aMarketingTariffOfferWaitsForTheOfferCooloffsOfEveryCampaignAndIsNeverTheTariffOneHasOrOrdered() {
        jdbc.update("INSERT INTO tariff (tariff_code, name, monthly_fee, status) VALUES ('SMART_L', 'Smart L', 800, 'ACTIVE')");
        // A4 declined a marketing offer ten days ago.
        operator.subscriber("A4", "+79160000204", "MOW");
        target("AUTUMN", "A4", "SMART_L");
        runCallLists(D.minusDays(10));
        String autumnTask = jdbc.queryForObject("SELECT task_id FROM call_task WHERE subscriber_id = 'A4'", String.class);
        jdbc.update("INSERT INTO outcome (task_id, outcome, contacted_at) VALUES (?, 'DECLINED', ?)", autumnTask,
                D.minusDays(10).atTime(12, 0).atZone(MOSCOW).toOffsetDateTime());

        // A1 accepted a retention move to SMART_M yesterday; billing has not applied the order yet.
        operator.subscriber("A1", "+79160000201", "MOW");
        long accepted = pastOffer("A1", D.minusDays(2), "ACCEPTED", D.minusDays(1));
        order("A1", D.minusDays(2), accepted);
        // A2 ordered SMART_M 100 days ago (the cool-off is over), still not applied: SMART_L may be offered.
        operator.subscriber("A2", "+79160000202", "MOW");
        order("A2", D.minusDays(100), pastOffer("A2", D.minusDays(100), "ACCEPTED", D.minusDays(100)));
        target("SPRING", "A2", "SMART_L");
        // A3 is on SMART_M already; a list without a tariff is no offer and still calls.
        operator.subscriber("A3", "+79160000203", "MOW");
        jdbc.update("UPDATE subscriber SET tariff_code = 'SMART_M' WHERE subscriber_id = 'A3'");
        target("NEWS", "A3", null);
        // A5 has an open retention offer of five days ago; A6 has no history.
        operator.subscriber("A5", "+79160000205", "MOW");
        pastOffer("A5", D.minusDays(5), "OPEN", null);
        operator.subscriber("A6", "+79160000206", "MOW");
        for (String s : List.of("A1", "A2", "A3", "A4", "A5", "A6")) {
            target("WINTER", s, "SMART_M");
        }

        runCallLists(D);

        assertThat(jdbc.queryForList("SELECT subscriber_id || '/' || step FROM contact_candidate "
                + "WHERE business_date = ? AND campaign = 'MARKETING'", String.class, D))
                .containsExactlyInAnyOrder("A2/SPRING", "A3/NEWS", "A6/WINTER");
        assertThat(jdbc.queryForList("SELECT subscriber_id FROM call_task WHERE business_date = ?", String.class, D))
                .containsExactlyInAnyOrder("A2", "A3");  // A6 is in WINTER's control group
    }

    /**
     * The SQL's offer cool-offs against OfferEligibility over a grid of single past offers (status, age,
     * decision day), each a subscriber on a marketing list offering SMART_M: a candidate exactly when
     * the domain allows the offer.
     */
    @Test
    void theMarketingSqlAgreesWithOfferEligibility() {
        OfferEligibility eligibility = new OfferEligibility(offerRules);
        Set<String> expected = new TreeSet<>();
        int n = 0;
        for (OfferStatus status : OfferStatus.values()) {
            for (int ago : new int[]{0, 1, 29, 30, 31, 89, 90, 91, 120}) {
                for (Integer decidedAfter : new Integer[]{null, 0, 1, 60}) {
                    LocalDate made = D.minusDays(ago);
                    LocalDate decided = status == OfferStatus.OPEN || decidedAfter == null ? null : made.plusDays(decidedAfter);
                    if (decided != null && decided.isAfter(D)) {
                        continue;
                    }
                    String id = String.format("G%03d", n);
                    operator.subscriber(id, String.format("+7916200%04d", n), "MOW");
                    pastOffer(id, made, status.name(), decided);
                    target("WINTER", id, "SMART_M");
                    if (eligibility.mayOfferTariff("SMART_M", "OLD_M", Set.of(),
                            List.of(new PastOffer(made, status, decided)), D)) {
                        expected.add(id);
                    }
                    n++;
                }
            }
        }
        assertThat(expected).isNotEmpty().hasSizeLessThan(n);

        runCallLists(D);

        assertThat(new TreeSet<>(jdbc.queryForList("SELECT subscriber_id FROM contact_candidate "
                + "WHERE business_date = ? AND campaign = 'MARKETING'", String.class, D))).isEqualTo(expected);
    }

    /** Decided half an hour into the Moscow day: the day before in UTC, so the SQL must date it as the domain does. */
    private long pastOffer(String subscriber, LocalDate made, String status, LocalDate decided) {
        OffsetDateTime decidedAt = decided == null ? null : decided.atTime(0, 30).atZone(MOSCOW).toOffsetDateTime();
        return jdbc.queryForObject("INSERT INTO offer (business_date, subscriber_id, current_tariff, offer_tariff, "
                + "offer_type, current_cost, offer_cost, monthly_saving, churn_score, churn_band, valid_until, status, "
                + "decided_at) VALUES (?, ?, 'OLD_M', 'SMART_M', 'SAVING', 700, 500, 200, 80, 'HIGH', ?, ?, ?) "
                + "RETURNING offer_id", Long.class, made, subscriber, made.plusDays(29), status, decidedAt);
    }

    /** A tariff-change order to SMART_M not applied yet, on a task of its own (a past list's). */
    private void order(String subscriber, LocalDate listDate, long offerId) {
        long candidate = jdbc.queryForObject("INSERT INTO contact_candidate (business_date, subscriber_id, channel, "
                + "campaign, step, offer_id, decision) VALUES (?, ?, 'CALL', 'RETENTION', 'SAVING', ?, 'LISTED') "
                + "RETURNING candidate_id", Long.class, listDate, subscriber, offerId);
        String task = "T-" + subscriber;
        jdbc.update("INSERT INTO call_task (task_id, business_date, candidate_id, subscriber_id, phone, team, rank, "
                + "campaign, step, earliest_utc, latest_utc, local_window, attempt, status) "
                + "SELECT ?, ?, ?, subscriber_id, phone, 'RETENTION_B2C', 1, 'RETENTION', 'SAVING', ?, ?, "
                + "'08:00-22:00 Europe/Moscow', 1, 'CLOSED' FROM subscriber WHERE subscriber_id = ?", task, listDate,
                candidate, listDate.atTime(8, 0).atZone(MOSCOW).toOffsetDateTime(),
                listDate.atTime(22, 0).atZone(MOSCOW).toOffsetDateTime(), subscriber);
        jdbc.update("INSERT INTO tariff_order (order_id, business_date, subscriber_id, from_tariff, to_tariff, accepted_at, "
                + "task_id, offer_id) VALUES (?, ?, ?, 'OLD_M', 'SMART_M', now(), ?, ?)", "O-" + task, listDate,
                subscriber, task, offerId);
    }

    private void target(String campaign, String subscriber, String tariff) {
        jdbc.update("INSERT INTO target (campaign_code, subscriber_id, offer_tariff_code, note) VALUES (?, ?, ?, 'list')",
                campaign, subscriber, tariff);
    }

    private void complaint(String subscriber, LocalDate listDate, LocalDate contactDay) {
        String task = jdbc.queryForObject("SELECT task_id FROM call_task WHERE subscriber_id = ? AND business_date = ?",
                String.class, subscriber, listDate);
        jdbc.update("INSERT INTO outcome (task_id, outcome, contacted_at) VALUES (?, 'COMPLAINT', ?)", task,
                contactDay.atTime(11, 0).atZone(MOSCOW).toOffsetDateTime());
    }

    private List<String> decisions(LocalDate d) {
        return jdbc.queryForList("SELECT subscriber_id || '/' || campaign || '/' || decision || '/' || coalesce(reason, '-') "
                + "FROM contact_candidate WHERE business_date = ?", String.class, d);
    }
}
