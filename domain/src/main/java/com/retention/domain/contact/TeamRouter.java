package com.retention.domain.contact;

import com.retention.domain.common.Segment;

import java.util.Objects;
import java.util.Optional;

/**
 * Which team's list a call goes to (README "Teams and capacity"): every call of a VIP to the
 * personal manager's list {@code VIP-<manager>}, every call of a B2B subscriber to RETENTION_B2B,
 * B2C retention, marketing and outage calls to RETENTION_B2C, B2C dunning calls to BILLING_B2C (the
 * names are configuration). Empty for COLLECTIONS, which is a hand-over and never a call. Which
 * outage notices are calls at all is {@code NoticeKind.channels}.
 */
public final class TeamRouter {

    static final String COLLECTIONS = "COLLECTIONS";

    private final TeamRoutingConfig teams;

    public TeamRouter(TeamRoutingConfig teams) {
        this.teams = Objects.requireNonNull(teams, "teams");
    }

    public Optional<String> teamFor(ContactCandidate candidate) {
        return teamFor(candidate.segment(), candidate.personalManager(), candidate.campaign(), candidate.step());
    }

    public Optional<String> teamFor(Segment segment, String personalManager, Campaign campaign, String step) {
        if (campaign == Campaign.DUNNING && COLLECTIONS.equals(step)) {
            return Optional.empty();
        }
        return switch (segment) {
            case VIP -> Optional.of(personalManager == null || personalManager.isBlank()
                    ? teams.vipWithoutManager()
                    : teams.vipListPrefix() + personalManager.strip());
            case B2B -> Optional.of(teams.retentionB2b());
            case B2C -> b2cTeam(campaign);
        };
    }

    private Optional<String> b2cTeam(Campaign campaign) {
        return switch (campaign) {
            // SERVICE sends texts only today; a service call would go to the retention desk.
            case RETENTION, MARKETING, OUTAGE, SERVICE -> Optional.of(teams.retentionB2c());
            case DUNNING -> Optional.of(teams.billingB2c());
        };
    }
}
