package com.retention.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.scoring.ScoringRules;
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
    void theShippedScriptHasTheThreeStepsAndEveryVariableIsBound() {
        BaselineScript script = BaselineScript.load();
        Map<String, String> variables = BaselineParameters.of(LocalDate.parse("2026-11-23"), ZoneId.of("Europe/Moscow"),
                ScoringRules.defaults(), OfferRules.defaults(), DunningRules.defaults());

        assertThat(script.stepNames()).containsExactly("scoring", "offers", "dunning");
        for (String step : List.of("scoring", "offers", "dunning")) {
            assertThat(script.statements(step, variables)).isNotEmpty()
                    .noneMatch(sql -> sql.contains(":'"));
        }
        assertThat(variables).containsEntry("outage_min_minutes", "240").containsEntry("min_overdue_amount", "100.00");
    }
}
