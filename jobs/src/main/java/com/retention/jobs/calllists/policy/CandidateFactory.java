package com.retention.jobs.calllists.policy;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import com.retention.domain.contact.Campaign;
import com.retention.domain.contact.ContactCandidate;

/**
 * Turns a policy row into the domain's candidate. The candidate id is the row id zero-padded, so the
 * policy's last tie-break (ids compared as text) follows insertion order, which is stable for a date.
 */
final class CandidateFactory {

    private static final int ID_DIGITS = 15;

    private final ZoneResolver zones;

    CandidateFactory(ZoneResolver zones) {
        this.zones = zones;
    }

    ContactCandidate toCandidate(PolicyRow row) {
        return new ContactCandidate(idOf(row.candidateId), row.subscriberId, row.phone, row.phoneValid,
                Segment.valueOf(row.segment), row.personalManager, zones.resolve(row.zone),
                row.consentCalls, row.consentSms, row.consentEmail, row.email,
                Channel.valueOf(row.channel), Campaign.valueOf(row.campaign), row.step, row.value,
                row.underOutage, row.carriedFrom, Math.max(1, row.attempt));
    }

    static String idOf(long candidateId) {
        String digits = Long.toString(candidateId);
        return "0".repeat(Math.max(0, ID_DIGITS - digits.length())) + digits;
    }

    static long rowIdOf(String candidateId) {
        return Long.parseLong(candidateId);
    }
}
