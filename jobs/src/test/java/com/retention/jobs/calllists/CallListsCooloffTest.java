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
