package com.retention.jobs.calllists.policy;

import com.retention.domain.common.Channel;
import com.retention.domain.common.Segment;
import com.retention.domain.contact.Campaign;
import com.retention.domain.contact.ContactCandidate;
import com.retention.domain.contact.TextChannel;
import com.retention.domain.phones.PhoneNormalizer;

/**
 * Turns a policy row into the domain's candidate. The candidate id is the row id zero-padded, so the
 * policy's last tie-break (ids compared as text) follows insertion order, which is stable for a date.
 */
final class CandidateFactory {

    private static final int ID_DIGITS = 15;

    private final ZoneResolver zones;
    private final PhoneNormalizer phones = PhoneNormalizer.russian();

    CandidateFactory(ZoneResolver zones) {
        this.zones = zones;
    }

    /** The candidate as the policy sees it; an SMS to a landline becomes an e-mail ({@link TextChannel}). */
    ContactCandidate toCandidate(PolicyRow row) {
        Channel channel = TextChannel.of(Channel.valueOf(row.channel), () -> phones.canReceiveSms(row.phone));
        return new ContactCandidate(idOf(row.candidateId), row.subscriberId, row.phone, row.phoneValid,
                Segment.valueOf(row.segment), row.personalManager, zones.resolve(row.zone),
                row.consentCalls, row.consentSms, row.consentEmail, row.email,
                channel, Campaign.valueOf(row.campaign), row.step, row.value,
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
