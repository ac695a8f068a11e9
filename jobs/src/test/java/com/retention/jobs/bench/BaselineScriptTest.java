package com.retention.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.contact.ContactPolicyConfig;
import com.retention.domain.contact.TeamCapacity;
import com.retention.domain.dunning.DunningRules;
import com.retention.domain.dunning.PaymentDueNotice;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.OutageRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.domain.tickets.TicketFollowUp;
import com.retention.domain.tickets.TicketFollowUpRules;
import com.retention.jobs.calllists.CallListDay;
import com.retention.jobs.calllists.candidates.CandidateQuery;
import com.retention.jobs.calllists.candidates.CandidateRules;
import com.retention.jobs.calllists.candidates.NoticeWindows;
import com.retention.jobs.launch.BusinessDay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineScriptTest {

    @Test
    void cutsStepsAndStatementsAndSkipsComments() {
        BaselineScript script = BaselineScript.parse("""
                -- header; with a semicolon
                SET work_mem = '64MB';
                -- @step one
                CREATE TABLE a (x int);
                INSERT INTO a
                SELECT 1 -- a trailing comment inside a statement
                ;
                -- @step two
                SELECT :'d'::date;
                """);

        assertThat(script.stepNames()).containsExactly("one", "two");
        assertThat(script.statements(BaselineScript.SETUP, Map.of())).containsExactly("SET work_mem = '64MB';");
        assertThat(script.statements("one", Map.of())).hasSize(2);
        assertThat(script.statements("two", Map.of("d", "2026-11-23"))).containsExactly("SELECT '2026-11-23'::date;");
    }

    @Test
    void bindsValuesAsQuotedLiteralsAndRefusesAnUnboundVariable() {
        assertThat(BaselineScript.bind("SELECT :'zone'", Map.of("zone", "it's"))).isEqualTo("SELECT 'it''s'");
        assertThatThrownBy(() -> BaselineScript.bind("SELECT :'nope'", Map.of()))
                .hasMessageContaining("nope");
    }

    @Test
    void theShippedScriptHasEveryStepAndEveryVariableIsBound() {
        BaselineScript script = BaselineScript.load();
        LocalDate day = LocalDate.parse("2026-11-23");
        ZoneId zone = ZoneId.of("Europe/Moscow");
        CallListDay callListDay = CallListDay.of(BusinessDay.nightly(day, zone), 7);
        CandidateQuery candidates = new CandidateQuery(callListDay, CandidateRules.of(OfferRules.defaults(), PaymentDueRules.defaults()),
                NoticeWindows.of(callListDay, new PaymentDueNotice(PaymentDueRules.defaults()),
                        new TicketFollowUp(TicketFollowUpRules.defaults())));
        Map<String, String> variables = BaselineParameters.of(day, zone,
                new BaselineParameters.Rules(ScoringRules.defaults(), OfferRules.defaults(), DunningRules.defaults(),
                        OutageRules.defaults(), Duration.ofDays(7), ContactPolicyConfig.defaults(),
                        new TeamCapacity(Map.of("RETENTION_B2C", 1920, "BILLING_B2C", 1200), 40), candidates));

        List<String> steps = List.of("scoring", "offers", "dunning", "outages", "call-lists");
        assertThat(script.stepNames()).containsExactlyElementsOf(steps);
        for (String step : steps) {
            assertThat(script.statements(step, variables)).isNotEmpty()
                    .noneMatch(sql -> sql.contains(":'"));
        }
        assertThat(variables).containsEntry("outage_min_minutes", "240").containsEntry("min_overdue_amount", "100.00")
                .containsEntry("pre_notice_horizon_seconds", "172800").containsEntry("ended_lookback_seconds", "604800")
                .containsEntry("call_per_week", "2").containsEntry("sms_per_month", "16")
                .containsEntry("control_buckets", "1000").containsEntry("control_hash_buckets", "10000")
                .containsEntry("team_capacities", "BILLING_B2C=1200,RETENTION_B2C=1920")
                .containsEntry("other_lists_capacity", "40").containsEntry("vip_list_prefix", "VIP-")
                .containsEntry("reference_time", "2026-11-22T21:00Z")
                .containsEntry("revenue_from", "2026-08-01").containsEntry("revenue_to", "2026-11-01")
                .containsEntry("payment_due_from", "2026-11-24").containsEntry("payment_due_to", "2026-11-26")
                .containsEntry("payment_due_as_of", "2026-11-22").containsEntry("tickets_closed_from", "2026-11-19T21:00Z")
                .containsEntry("ticket_categories", "NO_SERVICE,SLOW_SPEED");
        assertThat(variables.get("notice_channels").split(","))
                .contains("PRE_NOTICE/B2C/SMS", "PRE_NOTICE/VIP/CALL", "APOLOGY/B2B/CALL")
                .doesNotContain("PRE_NOTICE/B2C/CALL", "INCIDENT/B2B/CALL");
    }
}
