package com.retention.domain.contact;

import com.retention.domain.common.Channel;

import java.util.Optional;
import java.util.Set;

/**
 * The rules that look at one candidate alone: a reachable address, do-not-call, consent, the
 * complaint cool-off and outage suppression, checked in that order so the reason recorded is the
 * most basic one.
 */
final class Eligibility {

    private final Set<String> dncPhones;
    private final ComplaintCooloff complaints;

    Eligibility(Set<String> dncPhones, ComplaintCooloff complaints) {
        this.dncPhones = dncPhones;
        this.complaints = complaints;
    }

    Optional<SuppressionReason> check(ContactCandidate c) {
        return Optional.ofNullable(address(c))
                .or(() -> Optional.ofNullable(doNotCall(c)))
                .or(() -> Optional.ofNullable(consent(c)))
                .or(() -> Optional.ofNullable(complaints.holds(c) ? SuppressionReason.COMPLAINT_COOLOFF : null))
                .or(() -> Optional.ofNullable(outage(c)));
    }

    private static SuppressionReason address(ContactCandidate c) {
        if (c.channel() == Channel.EMAIL) {
            return c.email() == null || c.email().isBlank() ? SuppressionReason.NO_EMAIL : null;
        }
        return c.hasUsablePhone() ? null : SuppressionReason.INVALID_PHONE;
    }

    /** DNC stops calls of any kind, service calls included; it is a do-not-CALL list, so SMS follow consent. */
    private SuppressionReason doNotCall(ContactCandidate c) {
        return c.channel() == Channel.CALL && dncPhones.contains(c.phone()) ? SuppressionReason.DNC : null;
    }

    /**
     * Sales calls need consent_calls; SMS need consent_sms except service notices (outage, payment
     * due). E-mail is treated like SMS (the contract is silent): consent_email except service notices.
     */
    private static SuppressionReason consent(ContactCandidate c) {
        boolean consented = switch (c.channel()) {
            // a SAVE call answers the subscriber's own request to leave
            case CALL -> c.campaign().isService() || c.isSave() || c.consentCalls();
            case SMS -> c.campaign().isService() || c.consentSms();
            case EMAIL -> c.campaign().isService() || c.consentEmail();
            // Collections hand-overs are files for a third party, never candidates of the policy.
            case HANDOVER -> throw new IllegalArgumentException("a hand-over is not a contact candidate");
        };
        return consented ? null : SuppressionReason.NO_CONSENT;
    }

    /**
     * Under an open outage: no sales or dunning call, and the dunning SMS waits. Sales messages wait
     * too (an offer during an outage reads as mockery); outage notices themselves always go.
     */
    private static SuppressionReason outage(ContactCandidate c) {
        return c.underOpenOutage() && c.campaign() != Campaign.OUTAGE ? SuppressionReason.OUTAGE_SUPPRESSED : null;
    }
}
