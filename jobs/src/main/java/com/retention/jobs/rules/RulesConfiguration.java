package com.retention.jobs.rules;

import com.retention.domain.dunning.DunningRules;
import com.retention.domain.dunning.PaymentDueRules;
import com.retention.domain.offers.OfferRules;
import com.retention.domain.outages.OutageRules;
import com.retention.domain.scoring.ScoringRules;
import com.retention.domain.tickets.SaveDeskRules;
import com.retention.domain.tickets.TicketFollowUpRules;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The domain rule records, bound straight from {@code config/retention.yml} (sections
 * {@code retention.scoring|offers|dunning|outages|tickets|save-desk}, keys = the records' components in kebab case).
 * The records validate themselves, so a bad value stops the start with the record's own message.
 */
@Configuration(proxyBeanMethods = false)
public class RulesConfiguration {

    @Bean
    ScoringRules scoringRules(Environment environment) {
        return bind(environment, "retention.scoring", ScoringRules.class);
    }

    @Bean
    OfferRules offerRules(Environment environment) {
        return bind(environment, "retention.offers", OfferRules.class);
    }

    @Bean
    DunningRules dunningRules(Environment environment) {
        return bind(environment, "retention.dunning", DunningRules.class);
    }

    /** PAYMENT_DUE shares dunning's section: its threshold is dunning's min-overdue-amount. */
    @Bean
    PaymentDueRules paymentDueRules(Environment environment) {
        return bind(environment, "retention.dunning", PaymentDueRules.class);
    }

    @Bean
    TicketFollowUpRules ticketFollowUpRules(Environment environment) {
        return bind(environment, "retention.tickets", TicketFollowUpRules.class);
    }

    @Bean
    SaveDeskRules saveDeskRules(Environment environment) {
        return bind(environment, "retention.save-desk", SaveDeskRules.class);
    }

    @Bean
    OutageRules outageRules(Environment environment) {
        return bind(environment, "retention.outages", OutageRules.class);
    }

    /** How long after its end an outage is still looked at (RESTORED and APOLOGY of a late run). */
    @Bean
    OutageLookback outageLookback(Environment environment) {
        return new OutageLookback(Binder.get(environment)
                .bind("retention.outages.ended-lookback", Duration.class)
                .orElse(Duration.ofDays(7)));
    }

    private static <T> T bind(Environment environment, String prefix, Class<T> type) {
        return Binder.get(environment).bind(prefix, Bindable.of(type))
                .orElseThrow(() -> new IllegalStateException("configuration section " + prefix + " is missing"));
    }
}
