package com.retention.domain.contact;

import com.retention.domain.common.Segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TeamRouterTest {

    private final TeamRouter router = new TeamRouter(TeamRoutingConfig.defaults());

    @ParameterizedTest(name = "{0} {1} {2}/{3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "B2C, -,       RETENTION, SAVING,             RETENTION_B2C",
            "B2C, -,       MARKETING, SPRING,             RETENTION_B2C",
            "B2C, -,       OUTAGE,    APOLOGY,            RETENTION_B2C",
            "B2C, -,       DUNNING,   REMINDER_CALL,      BILLING_B2C",
            "B2C, -,       DUNNING,   SUSPENSION_WARNING, BILLING_B2C",
            "B2C, -,       OUTAGE,    INCIDENT,           RETENTION_B2C",
            "B2C, -,       DUNNING,   COLLECTIONS,        -",
            "B2B, -,       RETENTION, SAVING,             RETENTION_B2B",
            "B2B, -,       DUNNING,   REMINDER_CALL,      RETENTION_B2B",
            "B2B, -,       OUTAGE,    PRE_NOTICE,         RETENTION_B2B",
            "B2B, -,       OUTAGE,    APOLOGY,            RETENTION_B2B",
            "B2B, Orlov,   MARKETING, SPRING,             RETENTION_B2B",
            "VIP, Petrova, RETENTION, UPGRADE,            VIP-Petrova",
            "VIP, Petrova, DUNNING,   REMINDER_CALL,      VIP-Petrova",
            "VIP, Petrova, OUTAGE,    PRE_NOTICE,         VIP-Petrova",
            "VIP, ' ',     OUTAGE,    APOLOGY,            RETENTION_B2B",
            "VIP, -,       RETENTION, SAVING,             RETENTION_B2B",
            "VIP, Petrova, DUNNING,   COLLECTIONS,        -"})
    void routes(Segment segment, String manager, Campaign campaign, String step, String team) {
        assertThat(router.teamFor(segment, manager, campaign, step).orElse(null)).isEqualTo(team);
    }
}
