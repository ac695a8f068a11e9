package com.retention.jobs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.OutageRules;
import com.retention.domain.scoring.ScoringRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped config/retention.yml binds into the domain's records with the README's defaults. */
class RulesConfigurationTest {

    private final RulesConfiguration rules = new RulesConfiguration();
    private StandardEnvironment environment;

    @BeforeEach
    void shippedConfiguration() throws IOException {
        environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader()
                .load("retention.yml", new ClassPathResource("config/retention.yml"))) {
            environment.getPropertySources().addLast(source);
        }
    }

    @Test
    void everyShippedValueIsTheProductDefault() {
        // YAML reads 0.40 as 0.4: amounts compare by value, not by scale
        assertThat(rules.scoringRules(environment)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(ScoringRules.defaults());
        assertThat(rules.offerRules(environment)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(OfferRules.defaults());
        assertThat(rules.dunningRules(environment)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(DunningRules.defaults());
        assertThat(rules.outageRules(environment)).isEqualTo(OutageRules.defaults());
        assertThat(rules.outageLookback(environment).endedWithin()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void oneOverriddenValueChangesOnlyThatRule() {
        override(Map.of("retention.scoring.overpaying-weight", "25", "retention.outages.apology-after", "12h"));

        ScoringRules scoring = rules.scoringRules(environment);
        assertThat(scoring.overpayingWeight()).isEqualTo(25);
        assertThat(scoring.legacyTariffWeight()).isEqualTo(15);
        assertThat(rules.outageRules(environment).apologyAfter()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void anInconsistentOverrideStopsTheStartWithTheRulesOwnReason() {
        override(Map.of("retention.scoring.medium-from", "70"));

        assertThatThrownBy(() -> rules.scoringRules(environment))
                .rootCause().hasMessageContaining("mediumFrom <= highFrom");
    }

    private void override(Map<String, Object> values) {
        environment.getPropertySources().addFirst(new MapPropertySource("override", values));
    }
}
