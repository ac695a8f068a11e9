package com.retention.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignTest {

    @Test
    void priorityIsOutageDunningRetentionMarketingThenServiceTexts() {
        assertThat(Arrays.stream(Campaign.values()).sorted(Comparator.comparingInt(Campaign::priority).reversed()))
                .containsExactly(Campaign.OUTAGE, Campaign.DUNNING, Campaign.RETENTION, Campaign.MARKETING,
                        Campaign.SERVICE);
    }

    @Test
    void salesAndServiceSplit() {
        assertThat(Arrays.stream(Campaign.values()).filter(Campaign::isSales))
                .containsExactlyInAnyOrder(Campaign.RETENTION, Campaign.MARKETING);
        assertThat(Arrays.stream(Campaign.values()).filter(Campaign::isService))
                .containsExactlyInAnyOrder(Campaign.OUTAGE, Campaign.DUNNING, Campaign.SERVICE);
    }

    @Test
    void postponingReasonsCarryOverAndFinalOnesDoNot() {
        assertThat(Arrays.stream(SuppressionReason.values()).filter(SuppressionReason::carriesOver))
                .containsExactlyInAnyOrder(SuppressionReason.OUTAGE_SUPPRESSED, SuppressionReason.LOST_PRIORITY,
                        SuppressionReason.CAP_SUBSCRIBER, SuppressionReason.CAP_PHONE, SuppressionReason.OVER_CAPACITY,
                        SuppressionReason.NO_SHIFT);
    }
}
